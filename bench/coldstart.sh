#!/usr/bin/env bash
# Cold start: one TXT extracted by a fresh JVM (in-process, as auto isolation picks for one file).
set -euo pipefail
source "$(dirname "$0")/common.sh"
for i in 1 2 3; do
  echo "run $i: $(timed java -cp "$CP" org.gongwen.policy.cli.Main extract "$ROOT/seeds/000_4ed772c9b4959484.txt" --out "$WORK/cold" -q)s"
done
