// hostile: modifying a list while iterating
def l = [1]
l.each { l << 1 }
