// hostile: System.exit
System.exit(0)
