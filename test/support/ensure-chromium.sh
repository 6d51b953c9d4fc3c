#!/usr/bin/env bash
# The browser test drives Debian's Chromium at /usr/bin/chromium. Installs it when missing and we
# are root; otherwise says what to install and fails, so the browser test never silently skips.
# Quiet and quick when Chromium is already there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [[ -x "$CHROMIUM" ]]; then
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "ensure-chromium: $CHROMIUM is missing and this is not root." >&2
  echo "  Install Debian's Chromium, then run the tests again:" >&2
  echo "    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium" >&2
  exit 1
fi

echo "ensure-chromium: installing Debian package chromium (needed by the browser test)..." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null

if [[ ! -x "$CHROMIUM" ]]; then
  echo "ensure-chromium: apt-get installed chromium but $CHROMIUM is still missing." >&2
  exit 1
fi
