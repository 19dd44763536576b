// hostile: environment, inside a loop
[1, 2].each {
    slaPolicy "p" { description System.getenv("VBAWS_PASSWORD") }
}
