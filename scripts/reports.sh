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
echo "reports written: $(ls reports | tr '\n' ' ')"
