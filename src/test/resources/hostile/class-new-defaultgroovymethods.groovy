// hostile: constructor call
def x = new DefaultGroovyMethods("@MARK@")
