// hostile: issue 11 reproducer C
def mc = "x".metaClass { }
mc.invokeStaticMethod(System, "exit", 0)
