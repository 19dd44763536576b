// Weekly compliance report: the HTML page (charts, missed instances, cost) and the same figures as CSV,
// written where a mailer or a web server picks them up.
//
//   vbaws run runbooks/weekly-compliance-report.groovy --param out=reports/ --param from=7d

param "out", type: String, default: "reports", description: "directory the report files go to"
param "from", type: String, default: "7d", description: "how far back the report looks: 7d, 30d, 2026-11-01"
param "policy", type: List, description: "policy names or globs, comma-separated (default: every policy)"

def options = [from: params.from, policy: params.policy]
def html = vbaws.writeHtmlReport(options, "${params.out}/compliance.html")
def csv = vbaws.writeCsvReport(options, "${params.out}/compliance.csv")
def missed = vbaws.missed(from: params.from, policy: params.policy)
log.info "${missed*.instanceId.unique().size()} instance(s) missed their SLA since ${params.from}; report in ${html} and ${csv}"
