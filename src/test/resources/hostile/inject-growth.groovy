// hostile: inject
def s = (1..100).inject("x") { a, b -> a + a }
