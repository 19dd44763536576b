// hostile: a method outside the allow-list, inside a string
def x = "${'touch @MARK@'.eachLine({ })}"
