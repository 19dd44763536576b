// hostile: division by zero
def x = 1 / 0
