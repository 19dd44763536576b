// hostile: unicode escapes in names
def x = \u0053ystem.exit(0)
