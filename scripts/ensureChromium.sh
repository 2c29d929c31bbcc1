#!/usr/bin/env bash
# The browser of the end-to-end tests (e2e/browser/): Debian's chromium at /usr/bin/chromium, driven
# by playwright-core. Playwright's own browser download reaches a host outside the package registries,
# which CI and many county networks cannot; Debian's package comes from the distribution's mirror.
# Installs it when missing (as root, or through sudo); does nothing when it is there. `npm test` runs
# this before Jest; on a machine without apt, install Chromium yourself and set CHROMIUM_PATH.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -x "$chromium" ]]; then
  echo "Chromium present: $("$chromium" --version 2>/dev/null || echo "$chromium")"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "Chromium is missing at $chromium and this machine has no apt-get: install Chromium and set CHROMIUM_PATH." >&2
  exit 1
fi
sudo=""
if [[ "$(id -u)" != 0 ]]; then sudo="sudo"; fi
echo "Installing Debian's chromium for the browser tests…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
echo "Chromium installed: $(/usr/bin/chromium --version)"
