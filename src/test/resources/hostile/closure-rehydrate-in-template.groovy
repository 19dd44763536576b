// hostile: closure plumbing, inside a string
def x = "${[1].collect { it }.with { delegate }}"
