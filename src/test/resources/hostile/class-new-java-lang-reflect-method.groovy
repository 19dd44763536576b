// hostile: constructor call
def x = new java.lang.reflect.Method("@MARK@")
