// hostile: static import
import static java.lang.System.exit
exit(0)
