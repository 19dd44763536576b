// hostile: System.exit inside a block, inside a loop
[1, 2].each {
    slaPolicy "p" { System.exit(0) }
}
