// hostile: evaluate
def c = "System"
evaluate("${c}.exit(0)")
