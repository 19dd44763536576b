// hostile: a DSL value's class
def c = system.declaringClass
