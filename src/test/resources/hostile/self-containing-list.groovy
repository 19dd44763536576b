// hostile: a list that contains itself
def l = []
l << l
def s = "$l"
