// hostile: list doubling
def l = [1]
(1..40).each { l = l + l }
