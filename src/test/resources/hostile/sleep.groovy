// hostile: sleep
sleep 100000
