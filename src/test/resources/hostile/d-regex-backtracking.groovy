// hostile: issue 11 reproducer D
def r = ("a"*32+"!") ==~ /(.*a){20}/
