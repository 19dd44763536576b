// hostile: issue 11 reproducer D
def s = (1..2_000_000_000).sum()
