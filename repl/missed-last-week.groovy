// Which instances missed their SLA in the last 7 days, policy by policy, worst first.
// :load missed-last-week   (the rows are kept in `missed` for further questions)
missed = policies().findAll { it.isEnabled }.collectMany { p ->
    instances(p.name, from: "7d", status: "missed").collect { i ->
        [policy: p.name, instanceName: i.instanceName, achievedSlaPercent: i.achievedSlaPercent,
         targetSla: p.targetSla, missed: i.missed, planned: i.planned, instanceId: i.instanceId]
    }
}.sort { it.achievedSlaPercent }
missed
