// hostile: array
def a = new int[1000000000]
