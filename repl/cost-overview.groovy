// The estimated monthly cost of every policy, most expensive first, with its costliest instance.
// :load cost-overview
policies().collect { p ->
    def c = cost(p.name)
    def top = c.max { it.totalCost ?: 0 }
    [policy: p.name, isEnabled: p.isEnabled, instances: c.size(), snapshotCost: c.summary.totalSnapshotCost,
     backupCost: c.summary.totalBackupCost, totalCost: c.summary.totalCost, costliestInstance: top?.instanceName,
     costliestInstanceCost: top?.totalCost]
}.sort { -(it.totalCost ?: 0) }
