// hostile: a policy named from the environment
slaPolicy System.getenv("VBAWS_PASSWORD"), { }
