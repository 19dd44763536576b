package io.vbaws.repl;

/**
 * What {@link InputScanner} learned about a piece of Groovy input: whether it is complete (every
 * bracket, string and comment closed), and, at its end, the string being typed and the function
 * call and argument it belongs to, for completion.
 *
 * @param complete    nothing is left open
 * @param missing     what would close it (e.g. {@code )} or {@code "}), empty when complete
 * @param quote       the quote of the string the input ends in ({@code '} or {@code "}), or 0
 * @param stringStart where that string's text starts, or -1
 * @param call        the name of the innermost open call, e.g. {@code instances}, or null
 * @param argument    which argument of that call the end is in, from 0 (named ones count too)
 * @param namedKey    the key of the named argument the end is in ({@code region} in {@code region: "us-}), or null
 */
public record InputScan(boolean complete, String missing, char quote, int stringStart, String call, int argument,
        String namedKey) {

    /** Whether the input ends inside a string literal. */
    public boolean inString() {
        return quote != 0;
    }
}
