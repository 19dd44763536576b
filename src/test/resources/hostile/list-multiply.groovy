// hostile: list repetition
def l = [1] * 1000000000
