// hostile: Runtime.exec, inside a loop
[1, 2].each {
    Runtime.getRuntime().exec("touch @MARK@")
}
