#!/usr/bin/env bash
# The tools the tests need from Debian rather than npm, installed when missing (as root, or through
# sudo); does nothing when they are there. `npm test` runs this before Jest.
# - chromium, at /usr/bin/chromium, for the end-to-end browser tests (e2e/browser/), driven by
#   playwright-core. Playwright's own browser download reaches a host outside the package registries,
#   which CI and many county networks cannot; Debian's package comes from the distribution's mirror.
# - docker-compose, whose `config` checks docker-compose.yml (scripts/test/dockerCompose.test.ts)
#   without a Docker engine.
# On a machine without apt, install them yourself (and set CHROMIUM_PATH for another Chromium).
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[[ -x "$chromium" ]] || missing+=(chromium)
command -v docker-compose >/dev/null || missing+=(docker-compose)
if ((${#missing[@]} == 0)); then
  echo "Test tools present: $("$chromium" --version 2>/dev/null || echo "$chromium"), $(docker-compose version --short 2>/dev/null || echo docker-compose)"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "Missing ${missing[*]} and this machine has no apt-get: install them (and set CHROMIUM_PATH for Chromium elsewhere)." >&2
  exit 1
fi
sudo=""
if [[ "$(id -u)" != 0 ]]; then sudo="sudo"; fi
echo "Installing Debian's ${missing[*]} for the tests…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed: ${missing[*]}"
