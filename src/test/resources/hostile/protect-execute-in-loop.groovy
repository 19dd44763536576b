// hostile: protect, inside a loop
[1, 2].each {
    protect "touch @MARK@".execute().text
}
