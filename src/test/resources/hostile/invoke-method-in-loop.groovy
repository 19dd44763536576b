// hostile: invokeMethod, inside a loop
[1, 2].each {
    invokeMethod("evaluate", "1")
}
