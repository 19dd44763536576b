// hostile: constructor call
def x = new ProcessBuilder("@MARK@")
