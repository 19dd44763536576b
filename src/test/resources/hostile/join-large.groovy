// hostile: join
def l = (1..90000).collect { "xxxxxxxxxx" }
def s = l.join(",")
