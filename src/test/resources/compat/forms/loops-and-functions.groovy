def tiers = ["web", "app", "db"]
Map<String, Integer> retriesByTier = [web: 2, app: 3, db: 5]
String regionOf(int i) { i % 2 == 0 ? "us-east-1" : "eu-west-1" }

tiers.eachWithIndex { tier, i ->
    slaPolicy "prod-${tier}" {
        account "backup-prod"
        regions regionOf(i)
        template i == 0 ? "gold" : "silver"
        include tags: [tier: tier]
        retries retriesByTier[tier]
        priority Math.max(1, i + 1)
    }
}
for (int n = 1; n <= 3; n++) {
    if (n == 2) continue
    slaPolicy "batch-$n" { account "backup-prod"; regions "us-east-1"; template "bronze" }
}
