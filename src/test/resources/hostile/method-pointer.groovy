// hostile: method pointer (groovy-sandbox SECURITY-1465)
def run = "touch @MARK@".&execute
run()
