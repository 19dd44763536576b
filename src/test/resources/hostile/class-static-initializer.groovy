// hostile: class with a static initializer
class X { static { System.exit(0) } }
