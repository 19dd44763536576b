// hostile: big numbers, inside a string
def x = "${123456789012345678901234567890}"
