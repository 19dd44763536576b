// hostile: reaching a context through this
slaPolicy "p" { this.evaluate("1") }
