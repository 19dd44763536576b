// hostile: constructor call
def x = new Runtime("@MARK@")
