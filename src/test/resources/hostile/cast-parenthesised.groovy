// hostile: Java cast
def f = (File) null
