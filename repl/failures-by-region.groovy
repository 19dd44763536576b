// How many failed sessions each AWS region had in the last 7 days, and on how many instances.
// Joins the sessions of every instance that missed its SLA with the instance's region.
// :load failures-by-region   (the failed sessions are kept in `failed`)
def regionOf = virtualMachines().collectEntries { [it.id, it.region] }
failed = []
policies().each { p ->
    instances(p.name, from: "7d", status: "missed").each { i ->
        sessions(p.name, i.instanceId, from: "7d").findAll { it.status == "Failed" }.each { s ->
            failed << [region: regionOf[i.instanceId] ?: "unknown", policy: p.name, instanceName: i.instanceName,
                       sessionId: s.sessionId, startTime: s.startTime]
        }
    }
}
failed.groupBy { it.region }.collect { region, rows ->
    [region: region, failedSessions: rows.size(), instances: rows*.instanceId.unique().size(),
     policies: rows*.policy.unique().join(", ")]
}.sort { -it.failedSessions }
