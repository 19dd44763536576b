// hostile: environment
slaPolicy "p" { description System.getenv("VBAWS_PASSWORD") }
