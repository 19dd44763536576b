// hostile: assigning a setting
slaPolicy "p" { retries = System.getenv() }
