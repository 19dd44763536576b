// hostile: constructor call
def x = new ProcessHandle("@MARK@")
