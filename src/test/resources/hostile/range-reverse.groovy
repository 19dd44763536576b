// hostile: huge range
def l = (1000000000..1).each { }
