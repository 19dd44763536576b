// hostile: constructor call
def x = new java.nio.file.Files("@MARK@")
