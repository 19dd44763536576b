def envs = ["prod", "staging", "dev"]
def picked = envs.findAll { it != "dev" }.collect { it.toUpperCase() }
def base = 10
for (e in envs) {
    if (e == "dev") {
        break
    }
    slaPolicy("env-" + e) {
        account "backup-prod"
        regions "us-east-1"
        template e.startsWith("p") ? "gold" : "bronze"
        description picked.join(", ") + " / " + e.size() + " / " + (e in picked*.toLowerCase())
        priority base++
    }
}
def i = 0
while (i < 2) {
    slaPolicy "w$i" { account "backup-prod"; regions "us-east-1"; template "gold"; retries i * 2 }
    i += 1
}
(1..2).each { n -> slaPolicy "range-$n" { account "backup-prod"; regions "us-east-1"; template "gold" } }
def m = [a: 1, b: 2]
m.each { k, v -> slaPolicy "map-$k" { account "backup-prod"; regions "us-east-1"; template "gold"; retries v } }
