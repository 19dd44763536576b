// Drift check for CI: exit 0 when the appliance matches the policy scripts, 2 when it differs (like
// plan --detailed-exitcode), 1 on an error. Each difference is logged.
//
//   vbaws run runbooks/drift-check.groovy --param scripts=policies/ --json

param "scripts", type: String, required: true, description: "the policy scripts: a file or a directory"
param "prune", type: Boolean, default: false, description: "count live policies no script declares as drift"

def plan = vbaws.plan(params.scripts, prune: params.prune)
if (plan.empty) {
    log.info "no drift: the appliance matches ${params.scripts}"
    return
}
plan.changes.each { change -> log.warn "drift: ${change.action} ${change.policy} ${change.fields.join('; ')}" }
log.error "${plan.changes.size()} change(s) between ${params.scripts} and the appliance"
exit 2
