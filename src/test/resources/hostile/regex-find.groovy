// hostile: find operator
def m = "aaaa" =~ /(a+)+b/
