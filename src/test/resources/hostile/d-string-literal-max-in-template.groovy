// hostile: issue 11 reproducer D, inside a string
def x = "${'x' * 2147483647}"
