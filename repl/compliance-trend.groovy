// Daily SLA compliance of every enabled policy as a chart against its template's target.
// :load compliance-trend
policies().findAll { it.isEnabled }.each { p -> show(chart(p.name)) }
null
