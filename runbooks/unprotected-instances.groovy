// Unprotected instances: every EC2 instance in no policy's scope, and a policy script that would protect
// them (one policy per region, instances by their i- IDs), for review and a pull request.
//
//   vbaws run runbooks/unprotected-instances.groovy --param regions=us-east-1,eu-west-1 --param out=protect.groovy

param "regions", type: List, description: "region codes to look in, comma-separated (default: every region)"
param "out", type: String, default: "protect-unprotected.groovy", description: "the policy script to write"
param "account", type: String, default: "backup-prod", description: "IAM role the new policies use"
param "template", type: String, default: "gold", description: "SLA template of the new policies"

def found = vbaws.unprotected(regions: params.regions ?: [])
if (found.isEmpty()) {
    log.info "every instance is in a policy's scope"
    return
}
def q = { String s -> '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('$', '\\$') + '"' }
def script = new StringBuilder("// Instances no policy protected on ${java.time.LocalDate.now()}, found by runbooks/unprotected-instances.groovy.\n")
found.groupBy { it.region }.sort().each { region, rows ->
    script << "\nslaPolicy ${q("protect-unprotected-" + region)} {\n"
    script << "    description ${q(rows.size() + " instance(s) that no policy protected")}\n"
    script << "    account ${q(params.account)}\n"
    script << "    regions ${q(region)}\n"
    script << "    template ${q(params.template)}\n"
    script << "    include instances: [\n"
    rows.sort { it.awsResourceId }.each { script << "        ${q(it.awsResourceId)},   // ${it.name}\n" }
    script << "    ]\n}\n"
}
vbaws.writeText(script, params.out)
found.groupBy { it.region }.each { region, rows -> log.warn "${rows.size()} unprotected instance(s) in ${region}" }
