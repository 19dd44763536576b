// hostile: constructor call
def x = new java.lang.Runtime("@MARK@")
