// hostile: Script.run, inside a loop
[1, 2].each {
    run(new File("/etc/passwd"), [] as String[])
}
