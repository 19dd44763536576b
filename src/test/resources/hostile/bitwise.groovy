// hostile: bitwise operators
def x = 1 << 40 | 3
