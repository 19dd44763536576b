package io.vbaws.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads a whole collection page by page with Offset and Limit, and checks every page: an empty
 * body, a missing results list, a null or incomplete record, or a totalCount the pages do not
 * bear out is an error naming the request, never "nothing there". Once the first page tells the
 * total and shows that the appliance honours Limit, the other pages are fetched at once (at most
 * {@value #MOST_IN_FLIGHT} in flight) and joined in order: the same requests, in less time. It
 * advances by what each page actually held, so a server that returns short pages or ignores Limit
 * still yields every item exactly once.
 */
final class PageWalker implements AutoCloseable {
    static final int MOST_IN_FLIGHT = 8;

    private final int pageSize;
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "vbaws-pages");
        t.setDaemon(true);
        return t;
    });

    PageWalker(int pageSize) {
        this.pageSize = pageSize;
    }

    /** Fetches the answer at one page's URL (null when its body was empty). */
    @FunctionalInterface
    interface PageFetch<P> {
        P fetch(okhttp3.HttpUrl url);
    }

    /** A walked collection: its first page as answered (for what it says besides the items) and every item. */
    record Walked<P, T>(P first, List<T> items) {
    }

    /** One collection, how to read a page of it, and what each record must hold. */
    record Collection<P, T>(Query query, PageFetch<P> fetch, Function<P, PageSlice<T>> slice, RecordCheck<T> check) {
    }

    /** A page as fetched and checked, with the offset it was asked for. */
    private record Fetched<P, T>(int offset, P answer, List<T> results, Integer total) {
    }

    <P, T> Walked<P, T> walk(Collection<P, T> c) {
        Fetched<P, T> first = fetch(c, 0);
        List<T> items = new ArrayList<>(first.results());
        Integer total = first.total();
        if (done(first, items, total)) {
            return new Walked<>(first.answer(), items);
        }
        if (total != null && first.results().size() == pageSize) {
            for (Fetched<P, T> page : rest(c, total)) {
                if (page.offset() != items.size()) {
                    break; // an earlier page came back short: go on one page at a time from where it ended
                }
                agree(c, total, page);
                items.addAll(page.results());
                if (done(page, items, total)) {
                    return new Walked<>(first.answer(), items);
                }
            }
        }
        while (true) {
            Fetched<P, T> page = fetch(c, items.size());
            agree(c, total, page);
            items.addAll(page.results());
            if (done(page, items, total)) {
                return new Walked<>(first.answer(), items);
            }
        }
    }

    private boolean done(Fetched<?, ?> page, List<?> items, Integer total) {
        return page.results().isEmpty() || (total != null && items.size() >= total)
                || (total == null && page.results().size() < pageSize);
    }

    /** The pages after the first, fetched concurrently, in order. */
    private <P, T> List<Fetched<P, T>> rest(Collection<P, T> c, int total) {
        List<Fetched<P, T>> pages = new ArrayList<>();
        Deque<Future<Fetched<P, T>>> inFlight = new ArrayDeque<>();
        try {
            for (int offset = pageSize; offset < total; offset += pageSize) {
                if (inFlight.size() == MOST_IN_FLIGHT) {
                    pages.add(inFlight.removeFirst().get());
                }
                int at = offset;
                inFlight.addLast(pool.submit(() -> fetch(c, at)));
            }
            while (!inFlight.isEmpty()) {
                pages.add(inFlight.removeFirst().get());
            }
            return pages;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.transport("GET", c.query().path(), "interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    private <P, T> Fetched<P, T> fetch(Collection<P, T> c, int offset) {
        P answer = c.fetch().fetch(c.query().page(offset, pageSize));
        PageSlice<T> slice = check(c.query(), offset, answer == null ? null : c.slice().apply(answer), c.check());
        return new Fetched<>(offset, answer, slice.results(), slice.totalCount());
    }

    /**
     * {@code slice} (null: the answer was empty), the page at {@code offset} of {@code query}, when it
     * holds a results list, a total that its items bear out, and records that pass {@code check}.
     */
    static <T> PageSlice<T> check(Query query, int offset, PageSlice<T> slice, RecordCheck<T> check) {
        if (slice == null) {
            throw malformed(query, "the appliance's answer is empty (no collection in it)");
        }
        if (slice.results() == null) {
            throw malformed(query, "the appliance's answer has no results list");
        }
        Integer total = slice.totalCount();
        int upTo = offset + slice.results().size();
        if (total != null && (total < upTo || (slice.results().isEmpty() && offset < total))) {
            throw malformed(query, "the appliance says totalCount " + total + " but sent " + upTo + " items");
        }
        for (int i = 0; i < slice.results().size(); i++) {
            T item = slice.results().get(i);
            String problem = item == null ? "a null item (at position " + (offset + i) + ")" : check.problem(item);
            if (problem != null) {
                throw malformed(query, "the appliance sent " + problem);
            }
        }
        return slice;
    }

    /** A later page must tell the same total as the first. */
    private static void agree(Collection<?, ?> c, Integer total, Fetched<?, ?> page) {
        if (total != null && !total.equals(page.total())) {
            throw malformed(c.query(), "the collection changed while it was read (totalCount " + total + ", then "
                    + page.total() + "); run the command again");
        }
    }

    private static ApiException malformed(Query query, String what) {
        return ApiException.malformed(200, "GET", query.path(), "GET " + query.url().encodedPath() + ": " + what);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
