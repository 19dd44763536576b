// hostile: constructor call
def x = new Thread("@MARK@")
