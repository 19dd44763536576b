// hostile: Runtime.runtime property
Runtime.runtime.exec("touch @MARK@")
