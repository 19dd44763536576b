// hostile: closure in a map
def m = [f: { System.exit(0) }]
m.f()
