#!/usr/bin/env bash
# End-to-end import of a generated corpus (default 10,000 files, 5 % bad, 10 % PDF/DOCX copies):
# wall time, files/s, peak RSS of the importing JVM (/usr/bin/time -v counts the largest process;
# the worker JVMs are sampled from /proc while the run lasts), then a rerun (all unchanged).
# Usage: bench/import10k.sh [COUNT] [extra corpus flags...]
# JAVA_OPTS applies to the importing JVM, e.g. JAVA_OPTS="-Xmx512m -Xlog:gc:file=/tmp/gc.log" to show
# that the import runs within a 512 MB heap and to read its heap use after each collection.
set -euo pipefail
source "$(dirname "$0")/common.sh"
COUNT=${1:-10000}; shift || true
corpus="$WORK/corpus-$COUNT"; index="$WORK/index-$COUNT"
rm -rf "$corpus" "$index" "$index".*.jsonl
policy corpus --out "$corpus" --count "$COUNT" --seed 1 "$@"
du -sh "$corpus"
( peak=0; while sleep 0.5; do
    for p in $(pgrep -f org.gongwen.policy.batch.WorkerMain || true); do
      r=$(awk '/VmHWM/ {print $2}' /proc/$p/status 2>/dev/null || echo 0); [ "${r:-0}" -gt "$peak" ] && peak=$r
    done; echo "$peak" > "$WORK/worker.rss"; done ) & sampler=$!
s=$(timed java ${JAVA_OPTS:-} -cp "$CP" org.gongwen.policy.cli.Main index "$corpus" --index "$index" -q)
kill $sampler
echo "first run: ${s}s, $(awk -v n="$COUNT" -v s="$s" 'BEGIN {printf "%.1f", n/s}') files/s, parent peak RSS $(cat "$WORK/last.rss") KB, worker peak RSS $(cat "$WORK/worker.rss") KB"
head -1 "$WORK/last.out"
s=$(timed java -cp "$CP" org.gongwen.policy.cli.Main index "$corpus" --index "$index" -q)
echo "rerun (unchanged): ${s}s; $(head -1 "$WORK/last.out")"
