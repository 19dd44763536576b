#!/usr/bin/env bash
# Reliability: reruns the tests of the README's "Reliability" section and prints their results.
#   1. faults: N creates, N updates and N-1 deletes through a simulated appliance that answers 503,
#      504, drops connections and expires tokens at the given rates; one apply each, then a plan.
#   2. kills: SIGKILL of vbaws mid-apply, K times, each followed by one more apply.
#   3. the appliance killed mid-apply: every create vbaws reported done is there after a restart.
#   4. concurrent writers and an out-of-band edit: refused by usn, nothing lost, no duplicate.
#   5. state corruption: a missing index beside policy files, a corrupt index, a foreign lock file.
#   6. bad answers and hung requests: the Spock specs that fake them (skipped with --no-specs).
# Asserts nothing; prints one line per test. Usage: bench/reliability.sh [policies] [kills] [--no-specs]
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-200}"
kills="${2:-5}"
specs=yes
for a in "$@"; do [ "$a" = "--no-specs" ] && specs=no; done
faults="error503=0.1,error504=0.05,drop=0.02,tokenTtl=30s,seed=7"
work="$(mktemp -d "${TMPDIR:-/tmp}/vbaws-reliability.XXXXXX")"
servers=()
# A stopping appliance folds its journal into its state files: wait for it before removing them.
cleanup() { for p in "${servers[@]}"; do kill "$p" 2>/dev/null; done; for p in "${servers[@]}"; do wait "$p" 2>/dev/null; done; rm -rf "$work"; }
trap cleanup EXIT
unset VBAWS_PASSWORD_FILE VBAWS_PROFILE VBAWS_URL
export VBAWS_HOME="$work/home" VBAWS_USERNAME=admin VBAWS_PASSWORD=vbaws-admin
vbaws="$root/vbaws"
"$vbaws" --version >/dev/null

serve() { # name state [faults]: starts an appliance; sets $url
  local name="$1" state="$2" spec="${3:-}"
  "$vbaws" appliance serve --port 0 --state "$state" ${spec:+--faults "$spec"} >"$work/$name.out" 2>&1 &
  servers+=($!)
  eval "${name}_pid=$!"
  for _ in $(seq 1 300); do grep -q listening "$work/$name.out" 2>/dev/null && break; sleep 0.1; done
  url="$(head -1 "$work/$name.out" | awk '{print $NF}')"
}

write_script() { # file description first last: one block per policy, as export writes them
  local file="$1" description="$2" first="$3" last="$4" prefix="${5:-rel}"
  : >"$file"
  for i in $(seq -w "$first" "$last"); do
    cat >>"$file" <<GROOVY
slaPolicy "$prefix-$i" {
    description "$description"
    account "backup-prod"
    regions "us-east-1"
    template "gold"
}
GROOVY
  done
}

first_create() { # file: waits (up to 60 s) until the apply writing to file reports its first create
  for _ in $(seq 1 600); do grep -q ': created' "$1" 2>/dev/null && return; sleep 0.1; done
}

names() { # url prefix: the names of the policies whose names start with prefix, one a line
  VBAWS_URL="$1" "$vbaws" export --target "$2-*" 2>/dev/null | sed -n 's/^slaPolicy "\(.*\)" {$/\1/p'
}

converged() { # url script [plan options]: "no changes" when a plan finds nothing to do
  local u="$1" s="$2"; shift 2
  VBAWS_URL="$u" "$vbaws" plan --detailed-exitcode "$@" "$s" >/dev/null 2>&1
  case $? in 0) echo "no changes";; 2) echo "CHANGES LEFT";; *) echo "plan FAILED";; esac
}

duplicates() { # url prefix
  names "$1" "$2" | sort | uniq -d | wc -l
}

echo "vbaws reliability, $(nproc) cores, $count policies, $kills kills"

# 1. faults --------------------------------------------------------------------------------------
serve clean "$work/state"
clean_url="$url"
serve faulty "$work/state" "$faults"
faulty_url="$url"
echo "1. faults ($faults), apply --parallelism 8; checked through a fault-free appliance on the same state"
padded="$(printf '%03d' "$count")"
write_script "$work/faults.groovy" "first" 001 "$padded"
for step in creates updates deletes; do
  case $step in
    updates) write_script "$work/faults.groovy" "second" 001 "$padded";;
    deletes) write_script "$work/faults.groovy" "second" 001 001;;
  esac
  start=$(date +%s.%N)
  VBAWS_URL="$faulty_url" "$vbaws" apply --auto-approve --parallelism 8 --prune --target 'rel-*' "$work/faults.groovy" \
    >"$work/apply.out" 2>"$work/apply.err"
  code=$?
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  printf '   apply %-8s exit %d in %6.1f s; then plan: %-12s policies %4d, duplicates %d\n' "$step" "$code" "$secs" \
    "$(converged "$clean_url" "$work/faults.groovy" --prune --target 'rel-*')" "$(names "$clean_url" rel | wc -l)" "$(duplicates "$clean_url" rel)"
  grep -h -m2 'FAILED\|^vbaws:' "$work/apply.out" "$work/apply.err" | cut -c1-200 | sed 's/^/     /'
done

# 2. kills mid-apply ------------------------------------------------------------------------------
echo "2. SIGKILL of vbaws mid-apply ($count creates each, against the faulty appliance), then one more apply"
recovered=0
dups=0
for k in $(seq 1 "$kills"); do
  write_script "$work/kill.groovy" "kill $k" 001 "$padded" "kill$k"
  VBAWS_URL="$faulty_url" "$vbaws" apply --auto-approve --parallelism 8 "$work/kill.groovy" >"$work/kill.out" 2>&1 &
  victim=$!
  first_create "$work/kill.out"
  sleep "$(awk -v k="$k" 'BEGIN { srand(k); printf "%.2f", rand() * 0.5 }')"
  kill -9 "$victim" 2>/dev/null
  wait "$victim" 2>/dev/null
  before=$(names "$clean_url" "kill$k" | wc -l)
  VBAWS_URL="$faulty_url" "$vbaws" apply --auto-approve --parallelism 8 "$work/kill.groovy" >/dev/null 2>&1
  state="$(converged "$clean_url" "$work/kill.groovy")"
  d=$(duplicates "$clean_url" "kill$k")
  dups=$((dups + d))
  [ "$state" = "no changes" ] && [ "$d" -eq 0 ] && recovered=$((recovered + 1))
  printf '   kill %d: %3d of %d created before the kill; after one more apply: %s, duplicates %d\n' "$k" "$before" \
    "$count" "$state" "$d"
done
printf '   recovered by one more apply: %d of %d; duplicates %d\n' "$recovered" "$kills" "$dups"

# 3. the appliance killed mid-apply ---------------------------------------------------------------
echo "3. the simulated appliance SIGKILLed mid-apply, restarted on its state"
serve victim "$work/victim-state"
write_script "$work/victim.groovy" "acknowledged" 001 "$padded" ack
VBAWS_URL="$url" "$vbaws" apply --auto-approve --parallelism 8 "$work/victim.groovy" >"$work/victim-apply.out" 2>&1 &
applier=$!
first_create "$work/victim-apply.out"
sleep 0.3
kill -9 "$victim_pid" 2>/dev/null
wait "$applier" 2>/dev/null
sed -n 's/^+ \(ack-[0-9]*\): created.*/\1/p' "$work/victim-apply.out" | sort >"$work/acknowledged"
serve victim "$work/victim-state"
names "$url" ack | sort >"$work/present"
lost=$(comm -23 "$work/acknowledged" "$work/present" | wc -l)
printf '   acknowledged creates %d, present after the restart %d, lost %d\n' "$(wc -l <"$work/acknowledged")" \
  "$(wc -l <"$work/present")" "$lost"

# 4. concurrent writers and an out-of-band edit ---------------------------------------------------
echo "4. two applies at once over the same 20 policies, and a saved plan applied after an out-of-band edit"
write_script "$work/cw.groovy" "base" 01 20 cw
VBAWS_URL="$clean_url" "$vbaws" apply --auto-approve "$work/cw.groovy" >/dev/null 2>&1
write_script "$work/cw-a.groovy" "writer a" 01 20 cw
write_script "$work/cw-b.groovy" "writer b" 01 20 cw
VBAWS_URL="$clean_url" "$vbaws" apply --auto-approve --parallelism 8 "$work/cw-a.groovy" >"$work/a.out" 2>&1 &
a=$!
VBAWS_URL="$clean_url" "$vbaws" apply --auto-approve --parallelism 8 "$work/cw-b.groovy" >"$work/b.out" 2>&1 &
b=$!
wait "$a"; ca=$?
wait "$b"; cb=$?
refused=$(cat "$work/a.out" "$work/b.out" | grep -c "changed on the appliance after the plan")
printf '   exit codes %d and %d; updates refused by usn: %d; policies %d, duplicates %d\n' "$ca" "$cb" "$refused" \
  "$(names "$clean_url" cw | wc -l)" "$(duplicates "$clean_url" cw)"
write_script "$work/cw-plan.groovy" "reviewed" 01 20 cw
VBAWS_URL="$clean_url" "$vbaws" plan --out "$work/cw.plan" "$work/cw-plan.groovy" >/dev/null 2>&1
write_script "$work/cw-edit.groovy" "edited out of band" 05 05 cw
VBAWS_URL="$clean_url" "$vbaws" apply --auto-approve "$work/cw-edit.groovy" >/dev/null 2>&1
VBAWS_URL="$clean_url" "$vbaws" apply "$work/cw.plan" >"$work/stale.out" 2>&1
code=$?
printf '   saved plan after an out-of-band edit: exit %d: %s\n' "$code" "$(grep -m1 'vbaws:' "$work/stale.out")"

# 5. state corruption -----------------------------------------------------------------------------
echo "5. state corruption (each on a copy of the state; the appliance must refuse to start, in one line)"
for kind in "missing index" "corrupt index" "foreign lock"; do
  copy="$work/copy-$RANDOM"
  cp -r "$work/victim-state" "$copy"
  rm -f "$copy/lock"
  case $kind in
    "missing index") rm "$copy/appliance.json";;
    "corrupt index") printf '{ "format": 1, "seed": ' >"$copy/appliance.json";;
    "foreign lock") printf 'not a lock' >"$copy/lock";;
  esac
  timeout 20 "$vbaws" appliance serve --port 0 --state "$copy" >"$work/corrupt.out" 2>&1
  code=$?
  printf '   %-14s exit %d, %d line(s): %s\n' "$kind" "$code" "$(wc -l <"$work/corrupt.out")" \
    "$(head -1 "$work/corrupt.out" | cut -c1-150)"
done

# 6. bad answers and hung requests ----------------------------------------------------------------
if [ "$specs" = yes ]; then
  echo "6. bad answers and hung requests (fake appliances answering exactly the wrong thing)"
  group="MalformedAnswerSpec,BoundedWaitSpec,BadApplianceEndToEndSpec,StateDamageSpec,ApplianceClientRetrySpec,ApplianceClientPagingSpec"
  (cd "$root" && mvn -B -q test -Dtest="$group" -Dsurefire.failIfNoSpecifiedTests=false >"$work/specs.out" 2>&1)
  for spec in ${group//,/ }; do
    report="$(ls "$root"/target/surefire-reports/TEST-*."$spec".xml 2>/dev/null | head -1)"
    [ -n "$report" ] || continue
    line="$(grep -m1 '<testsuite' "$report")"
    tests=$(sed -n 's/.* tests="\([0-9]*\)".*/\1/p' <<<"$line")
    failed=$(( $(sed -n 's/.* failures="\([0-9]*\)".*/\1/p' <<<"$line") + $(sed -n 's/.* errors="\([0-9]*\)".*/\1/p' <<<"$line") ))
    printf '   %-28s %3d cases, %d failed\n' "$spec" "$tests" "$failed"
  done
fi
