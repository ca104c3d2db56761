#!/usr/bin/env bash
# Command 2 of the README: install what is missing (including ParaView's Python reader used by one
# test), then run the default test suite (tests tagged slow or benchmark excluded; run those with
# 'mvn -Pslow test' and 'mvn test -Dssbfem.groups=benchmark -Dssbfem.excludedGroups=').
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install-deps.sh --tests
mvn -B test "$@"
