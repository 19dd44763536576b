// hostile: a list that contains itself
def l = []
l << l
l.flatten()
