// Fleet check: the same question over several appliances (an MSP with one profile per customer),
// one line per appliance and a CSV of all of them.
//
//   vbaws run runbooks/fleet-check.groovy --param profiles=acme,globex --param from=7d

param "profiles", type: List, description: "profiles of \$VBAWS_HOME/config, comma-separated (default: all)"
param "from", type: String, default: "7d", description: "how far back to look"
param "out", type: String, default: "fleet-check.csv", description: "the CSV to write"

def names = params.profiles ?: vbaws.profileNames()
if (!names) {
    fail "no profiles: name them with --param profiles=a,b or add them to \$VBAWS_HOME/config"
}
def rows = names.collect { name ->
    def appliance = vbaws.profile(name)
    def policies = appliance.policies()
    def missed = appliance.missed(from: params.from)
    [profile: name, policies: policies.size(), enabled: policies.count { it.enabled },
     missedInstances: missed*.instanceId.unique().size(), failedSessions: missed.count { it.sessionId },
     unprotected: appliance.unprotected().size()]
}
rows.each { r ->
    log.info "${r.profile}: ${r.policies} policies (${r.enabled} enabled), ${r.missedInstances} instance(s) missed their SLA, ${r.unprotected} unprotected"
}
vbaws.writeCsv(rows, params.out)
