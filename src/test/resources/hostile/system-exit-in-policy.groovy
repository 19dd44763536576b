// hostile: System.exit inside a block
slaPolicy "p" { System.exit(0) }
