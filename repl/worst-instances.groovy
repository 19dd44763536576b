// The ten instances with the lowest SLA compliance over the last 30 days, across every policy.
// :load worst-instances   (all rows, worst first, are kept in `ranked`)
ranked = policies().collectMany { p ->
    instances(p.name, from: "30d").collect { i -> [policy: p.name] + i }
}.findAll { it.achievedSlaPercent != null }.sort { it.achievedSlaPercent }
ranked.take(10)
