#!/usr/bin/env bash
# Installs what ssbfem needs and is missing: a JDK (17 or newer), Maven, Gmsh (runtime library
# and command-line program) and, with --tests, ParaView's Python modules (tests read our .vtu files
# with ParaView's own reader) and PETSc (the optional solver backend, whose tests run in CI).
# Debian 12 / Ubuntu 24.04; uses sudo when not root.
# Idempotent: installs nothing when everything is there.
set -euo pipefail

want_tests=0
[ "${1:-}" = "--tests" ] && want_tests=1

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi

missing=()
java_major() { javac -version 2>&1 | sed -E 's/^javac ([0-9]+).*/\1/'; }
if ! command -v javac >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ] 2>/dev/null; then
  missing+=(default-jdk-headless)
fi
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v gmsh >/dev/null 2>&1 || missing+=(gmsh)
# The Gmsh C library ssbfem loads through JNA (libgmsh.so); libgmsh-dev pulls the runtime of the
# distribution's Gmsh version (4.8 on Debian 12, 4.12 on Ubuntu 24.04) and the unversioned link.
ldconfig -p 2>/dev/null | grep -q 'libgmsh\.so ' || missing+=(libgmsh-dev)
if [ "$want_tests" = 1 ] && ! /usr/bin/python3 -c 'import vtkmodules.vtkIOXML' >/dev/null 2>&1; then
  missing+=(python3-paraview)
fi
if [ "$want_tests" = 1 ] && ! ldconfig -p 2>/dev/null | grep -q 'libpetsc_real\.so'; then
  missing+=(petsc-dev)
fi

if [ "${#missing[@]}" -gt 0 ]; then
  echo "ssbfem: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if [ "$(java_major)" -lt 17 ]; then
  echo "ssbfem needs Java 17 or newer; 'javac -version' says $(javac -version 2>&1)" >&2
  exit 1
fi
