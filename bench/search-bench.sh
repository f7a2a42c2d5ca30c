#!/usr/bin/env bash
# Search measurements of docs/search.md: relevance per analyzer over the seeds, then the load bench
# (seeds recombined to >= 100,000 targets). Run from the repository root; builds the jar first.
# Usage: bench/search-bench.sh [--targets N] [--runs N]  (extra options go to `bench load`)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests package
JAR=index/target/policy.jar
INPUTS=(seeds)
if [ -d samples/mini ]; then INPUTS+=(samples/mini); fi
echo "== relevance (bench/relevance/queries.tsv)"
java -jar "$JAR" bench relevance "${INPUTS[@]}" --detail
echo "== load"
java -jar "$JAR" bench load seeds "$@"
