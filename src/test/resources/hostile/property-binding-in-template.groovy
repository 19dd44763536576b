// hostile: a runtime property, inside a string
def x = "${'x'.binding}"
