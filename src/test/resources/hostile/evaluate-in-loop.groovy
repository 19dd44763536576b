// hostile: evaluate, inside a loop
[1, 2].each {
    evaluate("System.exit(0)")
}
