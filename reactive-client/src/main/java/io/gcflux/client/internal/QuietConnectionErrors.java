package io.gcflux.client.internal;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.util.AttributeKey;
import java.io.IOException;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.NettyPipeline;
import reactor.netty.http.client.HttpClient;
import reactor.util.context.Context;

/**
 * Hands a connection failure that happens before the response to the waiting call directly.
 *
 * <p>Reactor Netty logs every such failure (a reset, a read timeout, a close before the response)
 * at WARN with its stack trace, "The connection observed an error", although the caller receives
 * the same error and gcflux's retry policy usually recovers from it. This handler sits just before
 * Reactor Netty's bridge: it completes the attempt with the failure itself and closes the channel,
 * so the attempt ends as if cancelled and Reactor Netty has nothing left to report. gcflux then
 * logs the attempt at DEBUG and, if the call finally fails, once at WARN.
 */
@ChannelHandler.Sharable
final class QuietConnectionErrors extends ChannelInboundHandlerAdapter {
  private static final String NAME = "gcflux.quietConnectionErrors";
  private static final QuietConnectionErrors INSTANCE = new QuietConnectionErrors();
  private static final AttributeKey<Sinks.One<?>> WAITING =
      AttributeKey.valueOf("gcflux.waitingForResponse");
  private static final Object CONTEXT_KEY = QuietConnectionErrors.class;

  private QuietConnectionErrors() {}

  /** Adds the handler to every connection of {@code http}. */
  static HttpClient install(HttpClient http) {
    return http
        // Once per connection: looking the handler up by name on every request showed in profiles.
        .doOnConnected(
            connection -> {
              ChannelPipeline pipeline = connection.channel().pipeline();
              if (pipeline.get(NAME) == null
                  && pipeline.get(NettyPipeline.ReactiveBridge) != null) {
                pipeline.addBefore(NettyPipeline.ReactiveBridge, NAME, INSTANCE);
              }
            })
        .doOnRequest(
            (request, connection) ->
                connection
                    .channel()
                    .attr(WAITING)
                    .set(request.currentContextView().getOrDefault(CONTEXT_KEY, null)))
        // Once the status line arrived Reactor Netty reports failures quietly on the body.
        .doOnResponse((response, connection) -> connection.channel().attr(WAITING).set(null));
  }

  /**
   * Runs {@code attempt} so that a failure before its response ends it through this handler:
   * whichever of the response and such a failure comes first wins, and the other is cancelled.
   */
  static <T> Mono<T> guard(Mono<T> attempt) {
    return Mono.defer(
        () -> {
          // Emitted at most once, by the handler that takes it off the channel: no serialising
          // wrapper needed. It only ever fails, so it needs no mapping to the attempt's type.
          Sinks.One<T> waiting = Sinks.unsafe().one();
          return Mono.firstWithSignal(
              attempt.contextWrite(Context.of(CONTEXT_KEY, waiting)), waiting.asMono());
        });
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (!handOver(ctx, cause)) {
      ctx.fireExceptionCaught(cause);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    handOver(ctx, new IOException("The server closed the connection before the response"));
    ctx.fireChannelInactive();
  }

  private static boolean handOver(ChannelHandlerContext ctx, Throwable cause) {
    Sinks.One<?> waiting = ctx.channel().attr(WAITING).getAndSet(null);
    if (waiting == null || waiting.tryEmitError(cause).isFailure()) {
      return false;
    }
    ctx.close();
    return true;
  }
}
