// hostile: mutual recursion
def f(n) { g(n) }
def g(n) { f(n) }
f(1)
