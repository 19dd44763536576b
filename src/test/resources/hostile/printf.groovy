// hostile: printing
printf("%s", 1)
