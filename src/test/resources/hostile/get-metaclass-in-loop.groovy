// hostile: metaclass, inside a loop
[1, 2].each {
    getMetaClass().invokeMethod(this, "evaluate", "1")
}
