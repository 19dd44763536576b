// hostile: dynamic method name
def m = "execute"
"touch @MARK@"."$m"()
