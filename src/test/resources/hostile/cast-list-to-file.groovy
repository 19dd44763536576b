// hostile: cast of a list
def f = ["@MARK@"] as File
