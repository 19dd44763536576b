// hostile: sort mixed values
def l = [1, "a", [:]].sort()
