#!/usr/bin/env bash
# How long starting the embedded simulated appliance takes on an existing small state: in fresh
# JVMs (cold, as every CLI command starts it), in fresh JVMs that already loaded Jackson for the
# client (cli: what the sim adds to a command), and repeatedly in one JVM (warm). Prints figures only.
# Usage: bench/sim-startup.sh [cold-runs] [warm-rounds]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/vbaws.jar"
cold_runs="${1:-5}"
warm_rounds="${2:-20}"

if [ ! -f "$jar" ] || [ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$jar" -print -quit)" ]; then
  echo "building target/vbaws.jar..." >&2
  (cd "$root" && mvn -B -q -DskipTests package) >&2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/vbaws-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$jar" "$root/bench/SimStartupBench.java"
run() { java -XX:+UseSerialGC -Xshare:auto -cp "$jar:$work/classes" SimStartupBench "$@"; }

echo "simulated appliance start-up, small estate, state in $work/state"
run create "$work/state"
for i in $(seq 1 "$cold_runs"); do
  begin=$(date +%s%N)
  line="$(run cold "$work/state")"
  end=$(date +%s%N)
  echo "$line; whole process $(( (end - begin) / 1000000 )) ms"
done
for i in $(seq 1 "$cold_runs"); do
  run cli "$work/state"
done
run warm "$work/state" "$warm_rounds"
