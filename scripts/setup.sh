#!/usr/bin/env bash
# Create .venv and install factdiff into it (torch's CPU wheel first, pinned, so that
# nothing pulls a CUDA build). Sourced by the other scripts; safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PIP_DISABLE_PIP_VERSION_CHECK=1
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
. .venv/bin/activate
python -m pip install -q "torch==2.13.0"
# The `ray` extra (an 80 MB wheel, about 20 s to install) lets CI run the Ray engine's
# test (tests/test_engine.py); FACTDIFF_RAY=0 leaves it out and that test skips.
# The `serve` extra (FastAPI, uvicorn) is always installed: `factdiff serve` and its tests;
# so is `review` (Textual): `factdiff review` and its tests.
if [ "${FACTDIFF_RAY:-1}" = 0 ]; then
  python -m pip install -q -e ".[test,serve,review]"
else
  python -m pip install -q -e ".[test,serve,review,ray]"
fi
# Headless Chromium for tests/test_html_browser.py (which skips without it):
# installed with apt when FACTDIFF_BROWSER_TESTS=1, or by default when running as
# root on Debian (CI); FACTDIFF_BROWSER_TESTS=0 turns it off. Never fails the set-up.
if [ "${FACTDIFF_BROWSER_TESTS:-}" = 1 ] || { [ "${FACTDIFF_BROWSER_TESTS:-}" != 0 ] \
     && [ "$(id -u)" -eq 0 ] && [ -f /etc/debian_version ]; }; then
  bash scripts/browser-deps.sh || true
fi
