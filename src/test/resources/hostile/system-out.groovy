// hostile: printing
System.out.println(1)
