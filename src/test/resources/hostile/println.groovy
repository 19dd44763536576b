// hostile: printing
println "hello"
