// hostile: dynamic method name, inside a loop
[1, 2].each {
    "touch @MARK@"."${"exe" + "cute"}"()
}
