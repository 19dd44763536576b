// hostile: spread-dot
def x = ["a"]*.getClass()
