// hostile: class with a constructor
class X { X() { "touch @MARK@".execute() } }
new X()
