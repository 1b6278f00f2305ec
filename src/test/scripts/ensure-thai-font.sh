#!/usr/bin/env bash
# The shop draws the demo's product pictures itself, with each food's Thai name on its label, and
# the tests check that name is drawn in real Thai glyphs: Java needs an installed font that covers
# Thai. Installs Debian's fonts-thai-tlwg (Loma, Garuda, Kinnari, ...) when no installed font does,
# as ensure-browser.sh installs Chromium (root or sudo needed). Maven runs it before the unit tests
# and before the demo starts. With "optional" as its argument (mvn -Prun, which skips the tests) a
# failed install only warns: without the font the pictures carry no Thai text, never empty boxes.
set -uo pipefail
if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=th family 2>/dev/null)" ]; then
  exit 0
fi
echo "[fairshare] installing fonts-thai-tlwg: no installed font covers Thai"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-thai-tlwg fontconfig >/dev/null; then
  exit 0
fi
if [ "${1:-}" = "optional" ]; then
  echo "[fairshare] WARNING: could not install fonts-thai-tlwg; the demo's pictures will carry no Thai names"
  exit 0
fi
echo "[fairshare] could not install fonts-thai-tlwg (needs root or sudo): install it and build again" >&2
exit 1
