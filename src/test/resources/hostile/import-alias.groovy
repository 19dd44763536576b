// hostile: import alias
import java.lang.Runtime as R
R.getRuntime().exec("touch @MARK@")
