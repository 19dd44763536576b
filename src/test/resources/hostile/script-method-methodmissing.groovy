// hostile: methodMissing
def methodMissing(String n, args) { n.execute() }
foo()
