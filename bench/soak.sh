#!/usr/bin/env bash
# Soak: index a generated corpus (default 10,000 files, 5 % bad) under -Xmx512m without interruption,
# then index it again into a second index, killing the importer with SIGKILL at three random moments and
# rerunning it after each kill, and a last time to the end. Both indexes must hold the same entries
# (bench/IndexDump.java, sorted) and pass Lucene's CheckIndex. Kill moments are drawn from
# [5 s, 25 % of the uninterrupted run] with bash's RANDOM seeded by SEED, so that each of the three runs
# is killed before it can finish (a resumed run skips what the one before committed).
# Usage: bench/soak.sh [COUNT] [SEED]     (WORK=/tmp/policy-bench by default; THREADS=2)
set -euo pipefail
source "$(dirname "$0")/common.sh"
COUNT=${1:-10000}; SEED=${2:-13}; THREADS=${THREADS:-2}
corpus="$WORK/soak-corpus-$COUNT"; ref="$WORK/soak-ref"; idx="$WORK/soak-killed"
rm -rf "$corpus" "$ref" "$idx" "$ref".*.jsonl "$idx".*.jsonl
policy corpus --out "$corpus" --count "$COUNT" --seed 1 --bad-percent 5 --max-chars 2000 --binary-percent 0 >/dev/null
echo "corpus: $COUNT files, $(du -sh "$corpus" | cut -f1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
# exec: in a background job "$!" must be the importer itself, not a subshell that SIGKILL would leave it behind
run() { exec java -Xmx512m -cp "$CP" org.gongwen.policy.cli.Main index "$corpus" --index "$1" -q --threads "$THREADS"; }

start=$(date +%s.%N)
( run "$ref" ) > "$WORK/soak-ref.out" 2>/dev/null || true
whole=$(echo "$(date +%s.%N) - $start" | bc)
echo "uninterrupted: ${whole}s; $(head -1 "$WORK/soak-ref.out")"

RANDOM=$SEED
max=$(printf '%.0f' "$(echo "$whole * 0.25" | bc)")
for k in 1 2 3; do
  at=$(( 5 + RANDOM % (max > 5 ? max - 5 : 1) ))
  run "$idx" > "$WORK/soak-kill$k.out" 2>/dev/null & pid=$!
  sleep "$at"
  kids=$(pgrep -P "$pid" | tr '\n' ' ' || true)
  if kill -9 "$pid" 2>/dev/null; then echo "run $k: SIGKILL after ${at}s"; else echo "run $k: ended before ${at}s"; fi
  wait "$pid" 2>/dev/null || true
  sleep 5   # workers exit when their socket closes
  for w in $kids; do kill -0 "$w" 2>/dev/null && echo "  worker $w still alive after the kill"; done
done
start=$(date +%s.%N)
( run "$idx" ) > "$WORK/soak-final.out" 2>/dev/null || true
echo "final rerun: $(echo "$(date +%s.%N) - $start" | bc)s; $(head -1 "$WORK/soak-final.out")"

java -cp "$CP" "$ROOT/bench/IndexDump.java" "$ref" > "$WORK/soak-ref.dump"
java -cp "$CP" "$ROOT/bench/IndexDump.java" "$idx" > "$WORK/soak-killed.dump"
echo "entries: reference $(wc -l < "$WORK/soak-ref.dump"), killed+rerun $(wc -l < "$WORK/soak-killed.dump")"
if cmp -s "$WORK/soak-ref.dump" "$WORK/soak-killed.dump"; then echo "same entries: yes"; else echo "same entries: NO"; diff "$WORK/soak-ref.dump" "$WORK/soak-killed.dump" | head -5; fi
for i in "$ref" "$idx"; do
  java -cp "$CP" org.apache.lucene.index.CheckIndex "$i" > "$WORK/checkindex.out" 2>&1 && echo "CheckIndex $(basename "$i"): clean" \
    || { echo "CheckIndex $(basename "$i"): PROBLEMS"; tail -5 "$WORK/checkindex.out"; }
done
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
