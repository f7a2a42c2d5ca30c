#!/usr/bin/env bash
# The main job on the seeds: build the CLI, extract every seed to JSON (+ JSONL), build the embedded
# Lucene index, run example searches, and score the JSON against ../shared/gold when it is there.
# Needs only a JDK 17 and Maven. Outputs go to ./out (or the folder given as $1).
set -euo pipefail
cd "$(dirname "$0")"
out="${1:-out}"
mvn -B -ntp -q -DskipTests package
policy() { java -jar index/target/policy.jar "$@"; }
rm -rf "$out/json" "$out/index" "$out/seeds.jsonl"

echo "== extract: seeds -> $out/json"
policy extract seeds --out "$out/json" --jsonl "$out/seeds.jsonl"
echo "== index: seeds -> $out/index"
policy index seeds --index "$out/index" --with-text
policy stats --index "$out/index"

echo; echo "== search: every 2024 target about 高新技术企业"
policy search 高新技术企业 --index "$out/index" --type target --year 2024 --limit 5
echo; echo "== search: tasks of 区科技局 about 研发"
policy search 研发 --index "$out/index" --type task --unit 区科技局 --limit 3
echo; echo "== search: R&D targets"
policy search 'R&D' --index "$out/index" --type target --limit 3

if [ -d ../shared/gold ]; then
  echo; echo "== evaluate against ../shared/gold"
  policy evaluate --gold ../shared/gold "$out/json"
fi
echo
echo "JSON per document: $out/json/   JSONL: $out/seeds.jsonl   Lucene index: $out/index/"
echo
echo "== the research workbench (search page + JSON API), then open http://127.0.0.1:8080/ :"
echo "   java -jar index/target/policy.jar serve --index $out/index"
