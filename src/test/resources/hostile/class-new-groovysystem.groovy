// hostile: constructor call
def x = new GroovySystem("@MARK@")
