// hostile: endless loop
for (;;) { }
