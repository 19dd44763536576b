// hostile: bitwise operators, inside a string
def x = "${1 << 40 | 3}"
