#!/usr/bin/env bash
# What starting the built-in simulated appliance adds to `./vbaws plan dsl-examples/quickstart.groovy`:
# the same plan, as a user runs it, once against the built-in appliance (started in-process by every
# command) and once against an already-running standalone appliance on the same kind of state.
# Also `vbaws --version`, the floor of any command (JVM and picocli). Prints medians; asserts nothing.
# Usage: bench/plan-quickstart.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
work="$(mktemp -d "${TMPDIR:-/tmp}/vbaws-bench.XXXXXX")"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
unset VBAWS_URL VBAWS_USERNAME VBAWS_PASSWORD VBAWS_PASSWORD_FILE VBAWS_PROFILE
export VBAWS_HOME="$work/home"
vbaws="$root/vbaws"
script="$root/dsl-examples/quickstart.groovy"

# Build the jar and its start-up archive, and create the built-in appliance's state, outside the timing.
"$vbaws" plan "$script" >/dev/null 2>&1

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
series() { for _ in $(seq 1 "$runs"); do ms "$@"; done | median; }

version=$(series "$vbaws" --version)
builtin=$(series "$vbaws" plan "$script")

"$vbaws" appliance serve --port 0 --state "$work/standalone" >"$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 1 100); do grep -q listening "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
url="$(head -1 "$work/serve.out" | awk '{print $NF}')"
standalone=$(VBAWS_URL="$url" VBAWS_USERNAME=admin VBAWS_PASSWORD=vbaws-admin series "$vbaws" plan "$script")

cores=$(nproc 2>/dev/null || echo '?')
echo "vbaws plan dsl-examples/quickstart.groovy, median of $runs runs, $cores cores, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
printf '  %-52s %6s ms\n' "vbaws --version (JVM + CLI floor)" "$version"
printf '  %-52s %6s ms\n' "plan against a running standalone appliance" "$standalone"
printf '  %-52s %6s ms\n' "plan against the built-in appliance (started each run)" "$builtin"
printf '  %-52s %6s ms\n' "added by starting the built-in appliance" "$(( builtin - standalone ))"
