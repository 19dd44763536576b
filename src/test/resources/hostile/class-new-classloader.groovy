// hostile: constructor call
def x = new ClassLoader("@MARK@")
