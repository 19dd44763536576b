// hostile: endless loop in a block
slaPolicy "p" { while (true) { } }
