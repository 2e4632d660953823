#!/usr/bin/env bash
# Install factdiff and write the seeds report in every format into reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
mkdir -p reports
for fmt in json markdown html sarif junit; do
  ext=$fmt; [ "$fmt" = markdown ] && ext=md; [ "$fmt" = junit ] && ext=junit.xml; [ "$fmt" = sarif ] && ext=sarif.json
  factdiff check seeds/ --format "$fmt" --fail-on never --output "reports/seeds.$ext"
done
factdiff check seeds/ --format rich --fail-on never --width 110 --output reports/seeds.txt
# reports/seeds-html.png: the HTML report in headless Chromium (skipped without it).
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  FACTDIFF_SCREENSHOT=reports/seeds-html.png \
    python -m pytest -q -p no:cacheprovider tests/test_html_browser.py -k seeds
fi
echo "reports written: $(ls reports | tr '\n' ' ')"
