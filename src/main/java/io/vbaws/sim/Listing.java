package io.vbaws.sim;

import io.vbaws.api.model.Page;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Paging and searching of collections: filters first, then Offset (default 0), then Limit
 * (default -1, meaning all). A search pattern with {@code *} or {@code ?} is a case-insensitive
 * glob; without, a case-insensitive substring.
 */
final class Listing {
    private Listing() {
    }

    static <T> Page<T> page(List<T> all, QueryParams query, boolean echoPaging) {
        Integer offsetParam = query.integer("Offset");
        Integer limitParam = query.integer("Limit");
        int offset = offsetParam == null ? 0 : offsetParam;
        int limit = limitParam == null ? -1 : limitParam;
        if (offset < 0) {
            throw ApiProblem.badRequest("Offset must be 0 or more, not " + offset);
        }
        if (limit < -1) {
            throw ApiProblem.badRequest("Limit must be -1 (all) or more, not " + limit);
        }
        int from = Math.min(offset, all.size());
        int to = limit == -1 ? all.size() : (int) Math.min((long) from + limit, all.size());
        return new Page<>(echoPaging ? offset : null, echoPaging ? limit : null, all.size(), List.copyOf(all.subList(from, to)),
                null);
    }

    static boolean matches(String pattern, String... texts) {
        if (pattern == null || pattern.isBlank()) {
            return true;
        }
        String p = pattern.toLowerCase(Locale.ROOT);
        Pattern glob = p.contains("*") || p.contains("?") ? glob(p) : null;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String t = text.toLowerCase(Locale.ROOT);
            if (glob == null ? t.contains(p) : glob.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
