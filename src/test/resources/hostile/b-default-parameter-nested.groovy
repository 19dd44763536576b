// hostile: issue 11 reproducer B
def leak(a = 1, x = [System.getenv()].first()) { x }
leak()
