// hostile: system property write, inside a loop
[1, 2].each {
    System.setProperty("vbaws.pwned", "1")
}
