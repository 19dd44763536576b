package io.vbaws.text;

import java.util.Objects;

/** A policy-name pattern where {@code *} matches any run of characters and {@code ?} one character. */
public record NameGlob(String pattern) {

    public NameGlob {
        Objects.requireNonNull(pattern, "pattern");
    }

    /** Whether the whole of {@code name} matches, case-sensitively (policy names are). */
    public boolean matches(String name) {
        // Iterative wildcard match with one backtrack point: linear enough for names, no regex escaping.
        int p = 0;
        int n = 0;
        int star = -1;
        int starMatch = 0;
        while (n < name.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == name.charAt(n))) {
                p++;
                n++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                starMatch = n;
            } else if (star >= 0) {
                p = star + 1;
                n = ++starMatch;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
