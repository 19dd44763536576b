// hostile: Runtime.exec
Runtime.getRuntime().exec("touch @MARK@")
