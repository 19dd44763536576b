// hostile: tags from the environment, inside a loop
[1, 2].each {
    slaPolicy "p" { snapshots { tags pw: System.getenv("VBAWS_PASSWORD") } }
}
