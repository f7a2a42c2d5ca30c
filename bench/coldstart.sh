#!/usr/bin/env bash
# Cold start of the CLI: one seed TXT extracted by a fresh JVM, as a user runs it, against a trivial
# "hello" jar on the same JVM (the floor any Java CLI pays). Variants, interleaved round by round so
# that load on the machine hits each alike:
#   hello     java -jar hello.jar                       (prints one line)
#   plain     java -jar policy.jar extract SEED         (no archive, full JIT)
#   cds       java -XX:SharedArchiveFile=policy.jsa -jar policy.jar extract SEED
#   launcher  bin/policy extract SEED                   (archive + -XX:TieredStopAtLevel=1)
#   base      POLICY_JAR=$BASE_JAR bin/policy extract SEED   (only when BASE_JAR is set: another build's
#             jar, with the archive made for it beside it as .jsa; its JSON must equal the launcher's)
# Prints the median wall and CPU (user+sys) seconds of each and the ratio to hello.
# Usage: [BASE_JAR=/path/policy.jar] bench/coldstart.sh [RUNS]   (default 5; needs index/target/policy.jar
# and policy.jsa from `mvn -B -ntp -DskipTests package`). Scratch files go to $WORK (default: a fresh
# temporary folder, so that two checkouts benchmarking at once do not mix their timings).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/policy-bench.XXXXXX")}
BASE_JAR=${BASE_JAR:-}
RUNS=${1:-5}
JAR=$ROOT/index/target/policy.jar
JSA=$ROOT/index/target/policy.jsa
SEED=$ROOT/seeds/000_4ed772c9b4959484.txt
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$JAR" ] && [ -f "$JSA" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 1; }
mkdir -p "$WORK/hello"
rm -f "$WORK"/coldstart.*.times

# the trivial jar, compiled by the same JDK
cat > "$WORK/hello/Hello.java" <<'EOF'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
EOF
"${JAVA}c" -d "$WORK/hello" "$WORK/hello/Hello.java"
printf 'Main-Class: Hello\n' > "$WORK/hello/manifest.txt"
jar cfm "$WORK/hello.jar" "$WORK/hello/manifest.txt" -C "$WORK/hello" Hello.class

run() { # name command...
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$WORK/coldstart.time" "$@" >"$WORK/coldstart.out" 2>"$WORK/coldstart.err" \
    || { echo "$name failed:" >&2; cat "$WORK/coldstart.err" >&2; exit 1; }
  tail -1 "$WORK/coldstart.time" | awk '{printf "%s %.2f\n", $1, $2 + $3}' >> "$WORK/coldstart.$name.times"
}

for i in $(seq "$RUNS"); do
  run hello "$JAVA" -jar "$WORK/hello.jar"
  run plain "$JAVA" -jar "$JAR" extract "$SEED"
  run cds "$JAVA" -XX:SharedArchiveFile="$JSA" -Xshare:auto -Xlog:cds=off,cds+dynamic=off -jar "$JAR" extract "$SEED"
  run launcher "$ROOT/bin/policy" extract "$SEED"
  grep -q '"schema"' "$WORK/coldstart.out" || { echo "launcher printed no JSON" >&2; exit 1; }
  if [ -n "$BASE_JAR" ]; then
    cp "$WORK/coldstart.out" "$WORK/coldstart.launcher.json"
    POLICY_JAR=$BASE_JAR run base "$ROOT/bin/policy" extract "$SEED"
    cmp -s "$WORK/coldstart.out" "$WORK/coldstart.launcher.json" \
      || { echo "base and launcher print different JSON" >&2; exit 1; }
  fi
done

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
hw=$(cut -d" " -f1 "$WORK/coldstart.hello.times" | median)
hc=$(cut -d" " -f2 "$WORK/coldstart.hello.times" | median)
echo "cold extract of $(basename "$SEED"), medians of $RUNS interleaved runs, $(nproc) cores, load $(cut -d" " -f1-3 /proc/loadavg)"
[ -z "$BASE_JAR" ] || echo "base: $BASE_JAR"
printf '%-9s %8s %8s %10s %10s\n' variant wall_s cpu_s wall/hello cpu/hello
for v in hello plain cds launcher ${BASE_JAR:+base}; do
  w=$(cut -d" " -f1 "$WORK/coldstart.$v.times" | median)
  c=$(cut -d" " -f2 "$WORK/coldstart.$v.times" | median)
  printf '%-9s %8.2f %8.2f %9.1fx %9.1fx\n' "$v" "$w" "$c" "$(echo "$w / $hw" | bc -l)" "$(echo "$c / $hc" | bc -l)"
done
