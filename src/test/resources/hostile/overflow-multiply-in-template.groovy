// hostile: number overflow, inside a string
def x = "${9223372036854775807 * 2}"
