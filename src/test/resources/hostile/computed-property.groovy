// hostile: dynamic property name
def p = "class"
def x = "x"."$p"
