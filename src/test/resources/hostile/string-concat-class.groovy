// hostile: class name built at run time
def c = "java.lang." + "Runtime"
Class.forName(c)
