// hostile: closure plumbing
def x = [1].collect { it }.with { delegate }
