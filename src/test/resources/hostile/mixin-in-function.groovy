// hostile: mixin, inside a function
def f() {
    this.mixin(String)
}
f()
