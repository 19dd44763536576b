// hostile: constructor call
def x = new ServiceLoader("@MARK@")
