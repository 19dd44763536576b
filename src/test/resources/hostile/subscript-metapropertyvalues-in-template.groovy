// hostile: a runtime property by subscript, inside a string
def x = "${'x'['metaPropertyValues']}"
