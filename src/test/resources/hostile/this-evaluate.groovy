// hostile: evaluate
this.evaluate("System.exit(0)")
