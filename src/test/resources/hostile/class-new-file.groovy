// hostile: constructor call
def x = new File("@MARK@")
