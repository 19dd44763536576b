// hostile: binding, inside a loop
[1, 2].each {
    getBinding().setVariable("x", 1)
}
