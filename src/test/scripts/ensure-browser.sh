#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through Debian's chromedriver. Installs both when a
# fresh machine lacks them (Debian's packages are reachable here); never downloads a browser build.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
echo "[fairshare] installing chromium and chromium-driver for the browser tests"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
