package io.vbaws.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;

/**
 * A prompt line as completion sees it: the word before the cursor (inside a string, everything
 * from the opening quote; else the identifier or {@code :command} being typed) and what
 * {@link InputScanner} found around it.
 */
public record ReplParsedLine(String line, int cursor, String word, InputScan scan, boolean command)
        implements CompletingParsedLine {

    @Override
    public int wordCursor() {
        return word.length();
    }

    @Override
    public int wordIndex() {
        return 0;
    }

    @Override
    public List<String> words() {
        return List.of(word);
    }

    /** Candidates carry their own quoting, so nothing is escaped here. */
    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
        return candidate;
    }

    @Override
    public int rawWordCursor() {
        return word.length();
    }

    @Override
    public int rawWordLength() {
        return word.length();
    }
}
