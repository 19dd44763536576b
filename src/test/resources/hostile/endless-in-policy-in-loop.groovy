// hostile: endless loop in a block, inside a loop
[1, 2].each {
    slaPolicy "p" { while (true) { } }
}
