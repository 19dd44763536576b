// hostile: tags from the environment
slaPolicy "p" { snapshots { tags pw: System.getenv("VBAWS_PASSWORD") } }
