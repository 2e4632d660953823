#!/usr/bin/env bash
# Install factdiff with its test tools and run the whole test suite and the linter.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
ruff check src tests benchmarks
python -m pytest -p no:cacheprovider "$@"
