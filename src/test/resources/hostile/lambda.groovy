// hostile: lambda
def f = () -> System.exit(0)
