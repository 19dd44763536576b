// hostile: map coerced to an interface
def r = [run: { System.exit(0) }] as Runnable
