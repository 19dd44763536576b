// hostile: issue 11 reproducer C, inside a function
def f() {
    "x".metaClass { }.invokeStaticMethod("x", "forName", "java.lang.System")
}
f()
