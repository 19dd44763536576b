// hostile: map growth
def m = [:]
def i = 0
while (true) { m[i] = i; i++ }
