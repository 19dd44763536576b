// hostile: constructor call
def x = new java.io.File("@MARK@")
