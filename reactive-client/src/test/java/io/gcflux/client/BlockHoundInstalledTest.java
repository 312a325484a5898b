package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * Proves BlockHound guards this suite: without it, every "nothing blocks an event loop" claim of
 * the other tests would hold vacuously.
 */
class BlockHoundInstalledTest {
  @Test
  void blockingOnANonBlockingThreadFails() {
    Mono<Boolean> blocking =
        Mono.fromCallable(() -> new CountDownLatch(1).await(10, TimeUnit.MILLISECONDS))
            .subscribeOn(Schedulers.parallel());

    StepVerifier.create(blocking)
        .expectErrorSatisfies(
            e ->
                assertThat(e.getClass().getName())
                    .isEqualTo("reactor.blockhound.BlockingOperationError"))
        .verify(Duration.ofSeconds(5));
  }
}
