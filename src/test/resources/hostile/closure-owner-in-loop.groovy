// hostile: closure owner, inside a loop
[1, 2].each {
    [1].each { owner.evaluate("1") }
}
