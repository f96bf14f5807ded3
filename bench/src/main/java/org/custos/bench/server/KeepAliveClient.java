package org.custos.bench.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A lean HTTP/1.1 client for the lookup load: persistent (keep-alive) connections to one loopback server, each
 * owned by one sending thread, with blocking calls. It writes a prepared request and reads the status line, the
 * headers and a Content-Length or chunked body (RFC 9112, sections 6 and 7.1), and keeps nothing else. The JDK
 * HttpClient cost about as much CPU per one-hash request as the server's own HTTP handling (docs/BENCHMARKS.md,
 * Server); on a two-core machine shared by server, database and load tool, that CPU is taken from the server.
 */
final class KeepAliveClient {
    private final String host;
    private final int port;
    private final String head;

    KeepAliveClient(URI base, String key) {
        this.host = base.getHost();
        this.port = base.getPort();
        this.head = "Host: " + host + ":" + port + "\r\nAuthorization: Bearer " + key + "\r\n";
    }

    /** A new connection; one thread at a time may use it. */
    Connection connect() {
        try {
            return new Connection(new Socket(host, port), head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Connection {
        private final Socket socket;
        private final String head;
        private final OutputStream out;
        private final InputStream in;
        private boolean closing;

        Connection(Socket socket, String head) throws IOException {
            socket.setTcpNoDelay(true);
            this.socket = socket;
            this.head = head;
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        /** POSTs a JSON body and returns the status code; the answer's body is read and dropped. */
        int postJson(String path, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            byte[] request = ("POST " + path + " HTTP/1.1\r\n" + head + "Content-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] whole = new byte[request.length + body.length];
            System.arraycopy(request, 0, whole, 0, request.length);
            System.arraycopy(body, 0, whole, request.length, body.length);
            out.write(whole);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = 0;
            boolean chunked = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(h.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                for (long size = chunk(); size > 0; size = chunk()) {
                    skip(size);
                    line();
                }
                line();
            } else {
                skip(length);
            }
            return code;
        }

        private long chunk() throws IOException {
            String size = line();
            int semicolon = size.indexOf(';');
            return Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
        }

        private void skip(long n) throws IOException {
            for (long left = n; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("the answer ended early");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection closed mid-answer");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }

        /** False once the server said it closes the connection after its last answer. */
        boolean reusable() {
            return !closing;
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
        }
    }
}
