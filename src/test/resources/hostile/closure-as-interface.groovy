// hostile: closure coerced to an interface
def r = { System.exit(0) } as Runnable
