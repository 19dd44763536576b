// hostile: import
import java.io.File
