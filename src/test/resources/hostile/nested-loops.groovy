// hostile: cubic loop
(1..1000).each { a -> (1..1000).each { b -> (1..1000).each { c -> } } }
