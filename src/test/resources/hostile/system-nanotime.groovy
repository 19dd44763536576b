// hostile: nondeterminism
def t = System.nanoTime()
