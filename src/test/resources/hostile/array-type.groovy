// hostile: array type
String[] a = ["x"]
