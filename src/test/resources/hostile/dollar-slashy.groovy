// hostile: dollar-slashy string
def s = $/x/$.execute()
