// hostile: issue 11 reproducer D, inside a string
def x = "${'x' * Integer.MAX_VALUE}"
