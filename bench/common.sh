# Sourced by the bench scripts. POLICY runs the CLI: the shaded jar if built, else target/classes + deps.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${WORK:-/tmp/policy-bench}
mkdir -p "$WORK"
if [ -z "${CP:-}" ]; then
  if [ -f "$ROOT/index/target/policy.jar" ]; then
    CP="$ROOT/index/target/policy.jar"
  else
    (cd "$ROOT" && mvn -B -q -o dependency:build-classpath -pl index -Dmdep.outputFile="$WORK/cp.txt" >/dev/null)
    CP="$ROOT/index/target/classes:$ROOT/pipeline/target/classes:$(sed 's#[^:]*policy-pipeline[^:]*\.jar##' "$WORK/cp.txt")"
  fi
fi
policy() { java -cp "$CP" org.gongwen.policy.cli.Main "$@"; }
# seconds with 2 decimals of wall time for a command; peak RSS (KB) in $WORK/last.rss
timed() { /usr/bin/time -f "%e %M %U %S" -o "$WORK/last.time" "$@" >"$WORK/last.out" 2>"$WORK/last.err" || true; t=$(tail -1 "$WORK/last.time"); echo "${t%% *}"; echo "$t" | cut -d" " -f2 > "$WORK/last.rss"; echo "$t" | awk "{print \$3+\$4}" > "$WORK/last.cpu"; }
