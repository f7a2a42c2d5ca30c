#!/usr/bin/env bash
# Extraction throughput per format at 1 and 2 threads (child-process isolation, the default for
# directories). Each format directory holds COPIES copies of the sample renderings of both seeds.
# Usage: bench/formats.sh [COPIES]   (default 20)
set -euo pipefail
source "$(dirname "$0")/common.sh"
COPIES=${1:-20}
for fmt in txt gb18030.txt html docx doc pdf; do
  dir="$WORK/fmt-$fmt"; rm -rf "$dir"; mkdir -p "$dir"
  if [ "$fmt" = txt ]; then srcs=("$ROOT"/seeds/*.txt); else srcs=("$ROOT"/samples/*."$fmt"); fi
  for i in $(seq 1 "$COPIES"); do for s in "${srcs[@]}"; do cp "$s" "$dir/$i-$(basename "$s")"; done; done
  n=$(ls "$dir" | wc -l); mb=$(du -sb "$dir" | awk '{printf "%.2f", $1/1e6}')
  for t in 1 2; do
    out="$WORK/out-$fmt-$t"; rm -rf "$out"
    s=$(timed java -cp "$CP" org.gongwen.policy.cli.Main extract "$dir" --out "$out" --threads "$t" -q)
    pages=$(cat "$out"/*.json | grep -o '"pages" : [0-9]*' | awk '{s+=$3} END {print s+0}')
    awk -v f="$fmt" -v t="$t" -v n="$n" -v mb="$mb" -v s="$s" -v p="$pages" 'BEGIN {
      printf "%-12s threads=%d files=%d MB=%s wall=%.2fs docs/s=%.1f MB/s=%.2f pages/s=%s\n",
        f, t, n, mb, s, n/s, mb/s, (p > 0 ? sprintf("%.1f", p/s) : "-") }'
  done
done
