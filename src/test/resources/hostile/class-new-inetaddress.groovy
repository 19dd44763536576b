// hostile: constructor call
def x = new InetAddress("@MARK@")
