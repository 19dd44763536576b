// hostile: defaults block
defaults { System.exit(0) }
