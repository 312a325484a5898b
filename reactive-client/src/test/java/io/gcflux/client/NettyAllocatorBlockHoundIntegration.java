package io.gcflux.client;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Netty 4.2's default allocator briefly takes a lock of its own when a busy event loop grows its
 * buffer pool; the soak's load reaches that path. It is Netty's, bounded and not I/O, so the tests
 * allow it rather than report it as the client blocking an event loop.
 */
public final class NettyAllocatorBlockHoundIntegration implements BlockHoundIntegration {
  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.allowBlockingCallsInside(
        "io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
    builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
  }
}
