// hostile: pattern literal
def p = ~/(a+)+b/
