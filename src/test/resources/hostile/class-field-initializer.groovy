// hostile: class field initializer
class X { def f = System.getenv() }
