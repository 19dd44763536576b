// hostile: Runtime.runtime property, inside a loop
[1, 2].each {
    Runtime.runtime.exec("touch @MARK@")
}
