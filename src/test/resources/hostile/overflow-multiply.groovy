// hostile: number overflow
def x = 9223372036854775807 * 2
