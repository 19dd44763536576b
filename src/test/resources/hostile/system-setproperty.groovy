// hostile: system property write
System.setProperty("vbaws.pwned", "1")
