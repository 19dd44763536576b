// hostile: catching errors to continue past bounds
try { while (true) { } } catch (Throwable t) { }
