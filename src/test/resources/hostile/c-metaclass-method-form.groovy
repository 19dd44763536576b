// hostile: issue 11 reproducer C
"x".metaClass { }.invokeStaticMethod("x", "forName", "java.lang.System")
