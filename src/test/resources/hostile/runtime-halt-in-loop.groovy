// hostile: Runtime.halt, inside a loop
[1, 2].each {
    Runtime.getRuntime().halt(0)
}
