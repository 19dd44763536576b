// hostile: reaching a context through this, inside a loop
[1, 2].each {
    slaPolicy "p" { this.evaluate("1") }
}
