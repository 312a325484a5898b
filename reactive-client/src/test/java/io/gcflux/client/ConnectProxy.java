package io.gcflux.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP proxy that understands {@code CONNECT} and optionally demands Basic credentials,
 * recording every tunnel it was asked for. Test code only: it uses plain blocking sockets on its
 * own threads, never on an event loop.
 */
final class ConnectProxy implements AutoCloseable {
  private final ServerSocket socket;
  private final String expectedAuthorization;
  private final List<String> tunnels = new CopyOnWriteArrayList<>();
  private final List<String> refusals = new CopyOnWriteArrayList<>();

  private ConnectProxy(String username, String password) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.expectedAuthorization =
        username == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    Thread acceptor = new Thread(this::acceptLoop, "connect-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static ConnectProxy open() throws IOException {
    return new ConnectProxy(null, null);
  }

  static ConnectProxy requiringCredentials(String username, String password) throws IOException {
    return new ConnectProxy(username, password);
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The {@code host:port} of every tunnel opened. */
  List<String> tunnels() {
    return List.copyOf(tunnels);
  }

  /** Requests refused with 407. */
  List<String> refusals() {
    return List.copyOf(refusals);
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread handler = new Thread(() -> handle(client), "connect-proxy-conn");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void handle(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      String[] head = readHead(in).split("\r\n");
      String[] requestLine = head[0].split(" ");
      String authorization = null;
      for (String line : head) {
        if (line.toLowerCase(Locale.ROOT).startsWith("proxy-authorization:")) {
          authorization = line.substring(line.indexOf(':') + 1).trim();
        }
      }
      if (!requestLine[0].equals("CONNECT")) {
        out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes());
        return;
      }
      if (expectedAuthorization != null && !expectedAuthorization.equals(authorization)) {
        refusals.add(requestLine[1]);
        out.write(
            ("HTTP/1.1 407 Proxy Authentication Required\r\n"
                    + "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return;
      }
      String target = requestLine[1];
      int colon = target.lastIndexOf(':');
      try (Socket upstream = new Socket()) {
        upstream.connect(
            new InetSocketAddress(
                target.substring(0, colon), Integer.parseInt(target.substring(colon + 1))));
        tunnels.add(target);
        out.write(
            "HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread upload = new Thread(() -> pump(in, upstreamOut(upstream)), "connect-proxy-up");
        upload.setDaemon(true);
        upload.start();
        pump(upstream.getInputStream(), out);
      }
    } catch (IOException | RuntimeException ignored) {
      // The client or the upstream hung up: the tunnel is over.
    }
  }

  private static OutputStream upstreamOut(Socket upstream) {
    try {
      return upstream.getOutputStream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pump(InputStream from, OutputStream to) {
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = from.read(buffer)) != -1; ) {
        to.write(buffer, 0, n);
        to.flush();
      }
    } catch (IOException ignored) {
      // One side closed.
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int b; matched < 4 && (b = in.read()) != -1; ) {
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
