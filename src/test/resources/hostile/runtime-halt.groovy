// hostile: Runtime.halt
Runtime.getRuntime().halt(0)
