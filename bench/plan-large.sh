#!/usr/bin/env bash
# Scale: the large estate (20,000 instances, 2,000 tags, every region) with 1,000 SLA-based policies
# declared by one script. Prints how long each step takes and the vbaws process's peak memory:
# applying 1,000 creates, planning with nothing to do, planning after one script change.
# Asserts nothing. Usage: bench/plan-large.sh [policies] [parallelism]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000}"
parallelism="${2:-8}"
work="$(mktemp -d "${TMPDIR:-/tmp}/vbaws-bench.XXXXXX")"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
unset VBAWS_PASSWORD_FILE VBAWS_PROFILE
export VBAWS_HOME="$work/home"
vbaws="$root/vbaws"
"$vbaws" --version >/dev/null

timed() { # label, command...: prints "label: S s, peak RSS M MB"
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r secs kb <"$work/time"
  printf '  %-44s %7s s   peak RSS %5d MB\n' "$label" "$secs" $(( kb / 1024 ))
}

write_script() { # $1 = description of every policy
  cat >"$work/bulk.groovy" <<GROOVY
defaults {
    account "backup-prod"
    storage "s3-90d"
}
def codes = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1", "ap-northeast-1"]
def tiers = ["gold", "silver", "bronze"]
(1..$count).each { int i ->
    slaPolicy "bulk-\$i" {
        description "$1"
        regions codes[i % codes.size()]
        template tiers[i % tiers.size()]
        include tags: [env: "prod"]
        exclude tags: [backup: "skip"]
        retries 2
    }
}
GROOVY
}

timed "reset the large estate" "$vbaws" appliance reset --state "$work/state" --estate large
"$vbaws" appliance serve --port 0 --state "$work/state" >"$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 1 300); do grep -q listening "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
export VBAWS_URL="$(head -1 "$work/serve.out" | awk '{print $NF}')" VBAWS_USERNAME=admin VBAWS_PASSWORD=vbaws-admin

echo "large estate (20,000 instances, 2,000 tags), $count policies, apply --parallelism $parallelism, $(nproc) cores"
write_script "first"
timed "plan $count creates" "$vbaws" plan "$work/bulk.groovy"
timed "apply $count creates" "$vbaws" apply --auto-approve --parallelism "$parallelism" "$work/bulk.groovy"
timed "plan, nothing to do" "$vbaws" plan --detailed-exitcode "$work/bulk.groovy"
write_script "second"
timed "plan $count updates (description)" "$vbaws" plan "$work/bulk.groovy"
timed "apply $count updates" "$vbaws" apply --auto-approve --parallelism "$parallelism" "$work/bulk.groovy"
timed "plan, nothing to do again" "$vbaws" plan --detailed-exitcode "$work/bulk.groovy"
