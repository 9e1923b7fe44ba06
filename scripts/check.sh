#!/usr/bin/env bash
# `pnpm check`: every check, with the independent ones side by side. Each phase's output is kept
# and printed whole when it ends (never interleaved), and the first failure stops the run.
#
#   1. Chromium (installed when missing) | build | typecheck | lint | contract:check
#   2. once built:  lint:packages | size | the fast tier of the tests (see vitest.config.ts)
#   3. once all of that passed: the slow tier (servers, databases, crashes, Chromium)
# The fast tier needs only the build: beside the type check and the package lint it uses what
# they leave idle of the cores, and a failing rule still shows before the slow tier starts.
set -uo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
# Each phase runs in a process group of its own (setsid), so that a failure stops all of it,
# the test runner's workers and browsers too, not only the shell that started it.
trap 'for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null; done; rm -rf "$logs"' EXIT
declare -A pids=()

start() { # start NAME COMMAND...
  local name=$1
  shift
  (exec setsid -w "$@" >"$logs/$name" 2>&1) &
  pids[$name]=$!
}

# Waits for the named phases; prints each one's output with its time; exits on a failure.
finish() {
  local failed=0 name
  for name in "$@"; do
    if wait "${pids[$name]}"; then
      echo "── $name: passed"
    else
      echo "── $name: FAILED"
      failed=1
    fi
    cat "$logs/$name"
  done
  [ "$failed" -eq 0 ] || exit 1
}

SECONDS=0
start chromium bash scripts/ensure-chromium.sh
start build pnpm build
start typecheck pnpm typecheck
start lint pnpm lint
start contract pnpm contract:check
finish build
start lint-packages pnpm lint:packages
start size pnpm size
start fast-tests env GOALPOST_TEST_TIER=fast pnpm test
finish typecheck lint contract lint-packages size chromium
echo "── static checks done in ${SECONDS} s"
finish fast-tests
echo "── fast tier done in ${SECONDS} s"
GOALPOST_TEST_TIER=slow pnpm test
