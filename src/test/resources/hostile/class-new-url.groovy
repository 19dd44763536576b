// hostile: constructor call
def x = new URL("@MARK@")
