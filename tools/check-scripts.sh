#!/usr/bin/env bash
# Runs shellcheck over every shell script of the project (the build calls this in verify).
# .ci/run installs shellcheck; on a machine without it this says so and does not fail.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v shellcheck >/dev/null 2>&1; then
  echo "check-scripts: shellcheck not installed, scripts not checked (apt-get install shellcheck)"
  exit 0
fi
mapfile -t scripts < <(
  { find . -name '*.sh' -not -path '*/node_modules/*' -not -path '*/target*' -not -path './.git/*'
    echo ./run; echo ./test; echo ./.ci/run; } | sort -u
)
shellcheck -x "${scripts[@]}"
echo "check-scripts: ${#scripts[@]} scripts pass shellcheck"
