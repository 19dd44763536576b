// hostile: reaching a context through delegate
slaPolicy "p" { delegate.recorder }
