// hostile: instanceof names a class
def b = "x" instanceof String
