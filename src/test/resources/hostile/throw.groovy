// hostile: throw
throw new RuntimeException("x")
