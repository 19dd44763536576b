// hostile: dynamic method name
"touch @MARK@"."${"exe" + "cute"}"()
