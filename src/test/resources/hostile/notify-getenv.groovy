// hostile: a named argument from the environment
slaPolicy "p" { notify email: System.getenv("VBAWS_PASSWORD") }
