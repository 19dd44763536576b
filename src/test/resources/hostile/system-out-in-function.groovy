// hostile: printing, inside a function
def f() {
    System.out.println(1)
}
f()
