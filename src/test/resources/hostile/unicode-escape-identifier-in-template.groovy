// hostile: unicode escapes in names, inside a string
def x = "${\u0053ystem.exit(0)}"
