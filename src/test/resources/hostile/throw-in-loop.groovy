// hostile: throw, inside a loop
[1, 2].each {
    throw new RuntimeException("x")
}
