// hostile: anonymous inner class
def r = new Runnable() { void run() { System.exit(0) } }
r.run()
