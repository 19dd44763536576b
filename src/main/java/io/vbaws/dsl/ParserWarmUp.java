package io.vbaws.dsl;

/**
 * Readies Groovy's parser on a thread of its own while the command line is still being read: the
 * first script a JVM parses pays for loading the parser and for building its prediction cache
 * (about a quarter of a second), and that work overlaps start-up instead of following it. It
 * parses a fixed script of the DSL's common shapes, through the parser the scripts go through, and
 * keeps nothing but what Groovy's parser caches for every parse.
 */
public final class ParserWarmUp {
    static final String SHAPES = """
            slaPolicy "warm-up" {
                description "text"
                account "name"
                regions "us-east-1", "eu-west-1"
                include instances: ["a"], tags: [env: "prod"]
                exclude volumes: system
                snapshots {
                    copyTagsFromVolume true
                }
                retries 3
                priority 1
            }
            """;

    private ParserWarmUp() {
    }

    /** Starts readying the parser on a daemon thread; a failure there only loses the head start. */
    public static void startInBackground() {
        Thread thread = new Thread(ParserWarmUp::run, "vbaws-parser-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            new ScriptParser().parse(new ScriptSource("warm-up.groovy", SHAPES));
        } catch (RuntimeException | LinkageError ignored) {
            // The real parse reports whatever went wrong here, at the script that has it.
        }
    }
}
