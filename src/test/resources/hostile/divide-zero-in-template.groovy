// hostile: division by zero, inside a string
def x = "${1 / 0}"
