// hostile: binding, inside a loop
[1, 2].each {
    setBinding(null)
}
