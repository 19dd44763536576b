// hostile: power operator
def x = 10 ** 100000
