package io.vbaws.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Text printed by a thread of its own, in the order it was given: the apply workers that report a
 * finished change hand over its lines and go on to the next change, instead of queueing for the
 * terminal and its flush. Whatever is waiting is printed together, with one flush. {@link #close}
 * returns once everything given has been printed.
 */
final class QueuedLines implements AutoCloseable {
    /** Queued after the last text: the printer stops when it reaches it. */
    private static final Object END = new Object();

    private final PrintWriter out;
    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread printer;

    QueuedLines(PrintWriter out) {
        this.out = out;
        this.printer = new Thread(this::print, "vbaws-progress");
        printer.setDaemon(true);
        printer.start();
    }

    /** Queues {@code text} (whole lines, with their line ends) to be printed. */
    void add(String text) {
        queue.add(text);
    }

    private void print() {
        List<Object> waiting = new ArrayList<>();
        try {
            while (true) {
                waiting.add(queue.take());
                queue.drainTo(waiting);
                boolean ended = false;
                for (Object text : waiting) {
                    if (text == END) {
                        ended = true;
                    } else {
                        out.print((String) text);
                    }
                }
                out.flush();
                waiting.clear();
                if (ended) {
                    return;
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Prints what is queued and stops the printer. */
    @Override
    public void close() {
        queue.add(END);
        try {
            printer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
