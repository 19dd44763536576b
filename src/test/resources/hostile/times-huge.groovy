// hostile: times
1000000000.times { }
