// hostile: static star import
import static java.lang.System.*
exit(0)
