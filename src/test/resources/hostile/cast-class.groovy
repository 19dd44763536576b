// hostile: cast to Class
def c = "java.lang.Runtime" as Class
