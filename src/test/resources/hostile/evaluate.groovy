// hostile: evaluate
evaluate("System.exit(0)")
