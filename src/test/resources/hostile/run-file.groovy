// hostile: Script.run
run(new File("/etc/passwd"), [] as String[])
