package io.vbaws.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole collection page by page with Offset and Limit. It advances by what each page
 * actually held, not by what it asked for, so a server that returns short pages or ignores Limit
 * still yields every item exactly once; it stops at totalCount, at an empty page, or (when no
 * total is given) at a page shorter than asked.
 */
final class PageWalker {
    private final int pageSize;

    PageWalker(int pageSize) {
        this.pageSize = pageSize;
    }

    /** Fetches one page at a given offset and limit. */
    @FunctionalInterface
    interface PageFetch<T> {
        PageSlice<T> fetch(int offset, int limit);
    }

    <T> List<T> all(PageFetch<T> fetch) {
        List<T> items = new ArrayList<>();
        int offset = 0;
        while (true) {
            PageSlice<T> page = fetch.fetch(offset, pageSize);
            List<T> results = page.results() == null ? List.of() : page.results();
            Integer total = page.totalCount();
            if (total != null && items.size() + results.size() > total) {
                // A server that ignores Offset would hand us the same items again: never exceed the total.
                items.addAll(results.subList(0, Math.max(0, total - items.size())));
                return items;
            }
            items.addAll(results);
            offset += results.size();
            if (results.isEmpty()
                    || (total != null && items.size() >= total)
                    || (total == null && results.size() < pageSize)) {
                return items;
            }
        }
    }
}
