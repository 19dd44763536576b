// hostile: method reference
def f = Runtime::getRuntime
