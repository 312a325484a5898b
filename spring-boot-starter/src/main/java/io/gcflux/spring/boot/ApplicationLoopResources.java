package io.gcflux.spring.boot;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import org.springframework.http.client.ReactorResourceFactory;
import reactor.core.publisher.Mono;
import reactor.netty.resources.LoopResources;

/**
 * The application's event loops, looked up on first connection: the {@link ReactorResourceFactory}
 * creates them when the context starts, after the client bean is built. The factory owns them, so
 * disposing this does nothing.
 */
final class ApplicationLoopResources implements LoopResources {
  private final ReactorResourceFactory factory;

  ApplicationLoopResources(ReactorResourceFactory factory) {
    this.factory = factory;
  }

  private LoopResources loops() {
    return factory.getLoopResources();
  }

  @Override
  public EventLoopGroup onServer(boolean useNative) {
    return loops().onServer(useNative);
  }

  @Override
  public EventLoopGroup onClient(boolean useNative) {
    return loops().onClient(useNative);
  }

  @Override
  public EventLoopGroup onServerSelect(boolean useNative) {
    return loops().onServerSelect(useNative);
  }

  @Override
  public <C extends Channel> C onChannel(Class<C> channelType, EventLoopGroup group) {
    return loops().onChannel(channelType, group);
  }

  @Override
  public <C extends Channel> Class<? extends C> onChannelClass(
      Class<C> channelType, EventLoopGroup group) {
    return loops().onChannelClass(channelType, group);
  }

  @Override
  public boolean daemon() {
    return loops().daemon();
  }

  @Override
  public void dispose() {}

  @Override
  public Mono<Void> disposeLater() {
    return Mono.empty();
  }

  @Override
  public boolean isDisposed() {
    return false;
  }
}
