// Maintenance window: disable the enabled policies of one region for a while, then enable them again.
// The finally block re-enables them also when the run is stopped: SIGINT, SIGTERM or its time limit.
//
//   vbaws run runbooks/maintenance-window.groovy --param region=us-east-1 --param hours=1 --dry-run
//   vbaws run runbooks/maintenance-window.groovy --param region=us-east-1 --param hours=1 --yes

param "region", type: String, required: true, description: "AWS region whose policies to pause, e.g. us-east-1"
param "hours", type: Integer, default: 4, description: "length of the window"

def paused = vbaws.policies(region: params.region).findAll { it.enabled }
if (paused.isEmpty()) {
    log.info "no enabled policy covers ${params.region}: nothing to pause"
    return
}
try {
    paused*.disable()
    log.info "paused ${paused*.name.join(', ')} in ${params.region} for ${params.hours} h"
    vbaws.sleep("${params.hours}h")
} finally {
    paused*.enable()
    log.info "enabled again: ${paused*.name.join(', ')}"
}
