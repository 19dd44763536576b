// hostile: star import
import java.io.*
