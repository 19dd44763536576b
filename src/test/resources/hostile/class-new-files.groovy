// hostile: constructor call
def x = new Files("@MARK@")
