// hostile: assert
assert false
