// hostile: string doubling
def s = "x"
(1..40).each { s = s + s }
