package io.gcflux.client;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.netty.DisposableServer;
import reactor.netty.tcp.TcpServer;

/**
 * A loopback server that writes raw bytes as its answer, so a test can send what no HTTP library
 * would: a Content-Length that lies, a body that never ends, bytes that are not UTF-8.
 */
final class RawHttpServer implements AutoCloseable {
  private final DisposableServer server;

  /** {@code answer} maps the request's path to the bytes of the whole response. */
  RawHttpServer(Function<String, Publisher<ByteBuf>> answer) {
    this.server =
        TcpServer.create()
            .host("127.0.0.1")
            .port(0)
            .handle(
                (in, out) ->
                    in.receive()
                        .asString(StandardCharsets.ISO_8859_1)
                        .scan(new StringBuilder(), StringBuilder::append)
                        .filter(head -> head.indexOf("\r\n\r\n") >= 0)
                        .next()
                        .flatMap(head -> out.send(answer.apply(path(head.toString()))).then()))
            .bindNow();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  private static String path(String head) {
    String line = head.substring(0, head.indexOf("\r\n"));
    String target = line.split(" ")[1];
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  /** The status line and headers of a response, then the end of the head. */
  static ByteBuf head(String statusAndHeaders) {
    return ascii(statusAndHeaders.replace("\n", "\r\n") + "\r\n\r\n");
  }

  static ByteBuf ascii(String text) {
    return Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A body of {@code chunks} copies of {@code chunk}, made one at a time as the socket drains. */
  static Flux<ByteBuf> repeated(byte[] chunk, long chunks) {
    return Flux.generate(
        () -> 0L,
        (sent, sink) -> {
          if (sent == chunks) {
            sink.complete();
          } else {
            sink.next(Unpooled.wrappedBuffer(chunk));
          }
          return sent + 1;
        });
  }

  @Override
  public void close() {
    server.disposeNow();
  }
}
