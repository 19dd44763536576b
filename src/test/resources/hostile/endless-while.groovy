// hostile: endless loop
while (true) { }
