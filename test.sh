#!/usr/bin/env bash
# Runs every test of the project on a fresh machine that has the .NET SDK.
# Installs what the tests need that the SDK does not bring, then builds and tests the
# whole solution, and ends with one plain line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

# The browser tests drive Debian's Chromium through Playwright (Playwright's own browser
# download cannot work here). Install it when it is missing.
if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing chromium for the browser tests"
  if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="sudo"; fi
  $as_root apt-get update -qq
  $as_root apt-get install -y -qq -o DPkg::Lock::Timeout=900 chromium >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
dotnet test Contradictions.sln --nologo 2>&1 | tee "$log" || status=$?

# dotnet prints "Failed!  - Failed: 0, Passed: 57, Skipped: 0, ..." per test assembly.
summary=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" || true)
if [ -n "$summary" ]; then
  failed=$(echo "$summary" | sed -E 's/.*Failed: +([0-9]+),.*/\1/' | awk '{s += $1} END {print s}')
  passed=$(echo "$summary" | sed -E 's/.*Passed: +([0-9]+),.*/\1/' | awk '{s += $1} END {print s}')
  skipped=$(echo "$summary" | sed -E 's/.*Skipped: +([0-9]+),.*/\1/' | awk '{s += $1} END {print s}')
  echo "tests: $passed passed, $failed failed, $skipped skipped"
else
  echo "tests: 0 passed, 0 failed (no test ran; see the log above)"
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
