// hostile: issue 11 reproducer D
def x = "x" * 2147483647
