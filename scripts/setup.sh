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
python -m pip install -q -e ".[test]"
