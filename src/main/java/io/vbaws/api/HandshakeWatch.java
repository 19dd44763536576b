package io.vbaws.api;

import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Handshake;

/** Notes whether a call began a TLS handshake that never finished: then the server may not speak TLS. */
final class HandshakeWatch extends EventListener {
    private volatile boolean started;
    private volatile boolean finished;

    @Override
    public void secureConnectStart(Call call) {
        started = true;
    }

    @Override
    public void secureConnectEnd(Call call, Handshake handshake) {
        finished = true;
    }

    /** Whether a handshake began and did not end. */
    boolean unfinished() {
        return started && !finished;
    }
}
