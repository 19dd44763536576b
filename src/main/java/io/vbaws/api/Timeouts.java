package io.vbaws.api;

import java.time.Duration;

/**
 * How long the client waits: to connect (TCP and TLS handshake), for each answer to begin and
 * continue ({@code read}), and for everything one command sends, retries included ({@code whole};
 * null: no limit, as for an interactive session).
 */
public record Timeouts(Duration connect, Duration read, Duration whole) {

    /** Connect 10 s, read 30 s, no limit on the whole (the command line sets one). */
    public static Timeouts standard() {
        return new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), null);
    }

    public Timeouts {
        connect = connect == null ? Duration.ofSeconds(10) : connect;
        read = read == null ? Duration.ofSeconds(30) : read;
    }

    public Timeouts withConnect(Duration value) {
        return new Timeouts(value, read, whole);
    }

    public Timeouts withRead(Duration value) {
        return new Timeouts(connect, value, whole);
    }

    /** These timeouts with a limit on the whole command (null: none). */
    public Timeouts withWhole(Duration value) {
        return new Timeouts(connect, read, value);
    }
}
