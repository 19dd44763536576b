// hostile: labels
outer: for (i in [1]) { break outer }
