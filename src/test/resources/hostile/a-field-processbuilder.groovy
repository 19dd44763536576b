// hostile: issue 11 reproducer A
@groovy.transform.Field ProcessBuilder pb = ["sh", "-c", "id > @MARK@"]
pb.start()
