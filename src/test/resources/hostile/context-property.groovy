// hostile: reaching a context
slaPolicy "p" { def r = recorder }
