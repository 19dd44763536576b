// hostile: spread property
def x = ["a"]*.class
