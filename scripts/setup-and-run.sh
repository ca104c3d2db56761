#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, run the default case, say where the
# results are. Idempotent.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install-deps.sh
mvn -q -B -DskipTests package
./ssbfem run cases/default/case.yaml --out results/default
echo
echo "Open results/default/*.vtu (or the .pvd series) in ParaView; numbers are in results/default/summary.json"
