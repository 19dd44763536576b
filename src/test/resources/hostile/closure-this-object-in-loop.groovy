// hostile: closure thisObject, inside a loop
[1, 2].each {
    [1].each { thisObject.evaluate("1") }
}
