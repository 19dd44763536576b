// hostile: issue 11 reproducer D
def x = "x" * Integer.MAX_VALUE
