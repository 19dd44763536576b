// hostile: issue 11 reproducer C, inside a loop
[1, 2].each {
    "x".metaClass { }.invokeStaticMethod("x", "forName", "java.lang.System")
}
