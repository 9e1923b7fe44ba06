#!/usr/bin/env bash
# The browser suites drive Debian's Chromium (no test tool can download a browser here).
# Installs it from Debian's packages when it is missing; says what to do when it cannot.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$path" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then run=(); elif command -v sudo >/dev/null 2>&1; then run=(sudo); else
  echo "Chromium is missing at $path and this user cannot install it: run 'apt-get install -y chromium' as root, or set CHROMIUM_PATH." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $path and there is no apt-get here: install Chromium and set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing Chromium from Debian's packages for the browser suites…"
"${run[@]}" apt-get update -qq
"${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
