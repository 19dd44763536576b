// hostile: constructor call
def x = new InvokerHelper("@MARK@")
