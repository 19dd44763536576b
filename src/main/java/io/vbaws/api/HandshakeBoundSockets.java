package io.vbaws.api;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS sockets whose handshake is bounded by the connect timeout. OkHttp bounds a handshake by the
 * read timeout; a server that does not speak TLS never answers a ClientHello, and a user should
 * hear so in seconds. OkHttp sets the read timeout on the socket itself once the handshake is done.
 */
final class HandshakeBoundSockets extends SSLSocketFactory {
    private final SSLSocketFactory delegate;
    private final int handshakeMillis;

    HandshakeBoundSockets(SSLSocketFactory delegate, int handshakeMillis) {
        this.delegate = delegate;
        this.handshakeMillis = handshakeMillis;
    }

    private Socket bounded(Socket socket) throws IOException {
        socket.setSoTimeout(handshakeMillis);
        return socket;
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        return bounded(delegate.createSocket(s, host, port, autoClose));
    }

    @Override
    public Socket createSocket() throws IOException {
        return bounded(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return bounded(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return bounded(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return bounded(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return bounded(delegate.createSocket(address, port, localAddress, localPort));
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }
}
