// hostile: issue 11 reproducer A
import groovy.transform.Field
@Field ProcessBuilder pb = ["sh", "-c", "id > @MARK@"]
