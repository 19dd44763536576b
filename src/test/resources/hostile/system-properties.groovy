// hostile: system properties
def p = System.properties
