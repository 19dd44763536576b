// hostile: a named argument from the environment, inside a loop
[1, 2].each {
    slaPolicy "p" { notify email: System.getenv("VBAWS_PASSWORD") }
}
