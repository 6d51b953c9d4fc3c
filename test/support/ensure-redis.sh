#!/usr/bin/env bash
# Tests of the shared state run a real redis-server (Debian package redis-server), started by the
# tests themselves on free ports. Installs it when missing and we are root; otherwise says what to
# install and fails, so those tests never silently skip. Quiet and quick when it is there.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "ensure-redis: redis-server is missing and this is not root." >&2
  echo "  Install Debian's redis-server, then run the tests again:" >&2
  echo "    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redis-server" >&2
  exit 1
fi

echo "ensure-redis: installing Debian package redis-server (needed by the shared-state tests)..." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null
# The package starts a system service on 6379; the tests start their own servers on free ports.
service redis-server stop >/dev/null 2>&1 || true

if ! command -v redis-server >/dev/null 2>&1; then
  echo "ensure-redis: apt-get installed redis-server but it is still not on PATH." >&2
  exit 1
fi
