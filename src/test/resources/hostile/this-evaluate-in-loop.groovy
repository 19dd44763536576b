// hostile: evaluate, inside a loop
[1, 2].each {
    this.evaluate("System.exit(0)")
}
