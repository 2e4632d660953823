#!/usr/bin/env bash
# Install headless Chromium and its WebDriver (Debian packages `chromium` and
# `chromium-driver`) for tests/test_html_browser.py, when they are missing.
# Needs root (or sudo) and apt; does nothing when both are already installed,
# and exits 0 with a note when it cannot install them (the browser test then skips).
set -uo pipefail
have() { command -v "$1" >/dev/null 2>&1; }
if { have chromium || have chromium-browser; } && have chromedriver; then
  exit 0
fi
if ! have apt-get; then
  echo "browser-deps: no apt-get; install chromium and chromedriver yourself" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if have sudo && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "browser-deps: not root and no sudo; the browser tests will skip" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends \
     chromium chromium-driver fonts-dejavu-core >/dev/null; then
  echo "browser-deps: chromium $(chromium --version 2>/dev/null | awk '{print $2}') installed" >&2
else
  echo "browser-deps: apt-get could not install chromium; the browser tests will skip" >&2
fi
exit 0
