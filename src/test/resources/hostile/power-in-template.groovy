// hostile: power operator, inside a string
def x = "${10 ** 100000}"
