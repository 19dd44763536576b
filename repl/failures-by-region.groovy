// How many failed sessions each AWS region had in the last 7 days, and on how many instances.
// Built on missed(): a row per failed session of every instance that missed its SLA, with its region.
// :load failures-by-region   (the failed sessions are kept in `failed`)
failed = missed(from: "7d").findAll { it.sessionId }
failed.groupBy { it.region ?: "unknown" }.collect { region, rows ->
    [region: region, failedSessions: rows.size(), instances: rows*.instanceId.unique().size(),
     policies: rows*.policy.unique().join(", ")]
}.sort { -it.failedSessions }
