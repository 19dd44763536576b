// hostile: constructor call, inside a string
def x = "${new java.nio.file.Files('@MARK@')}"
