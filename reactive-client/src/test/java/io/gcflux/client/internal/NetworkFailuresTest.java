package io.gcflux.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.error.ApiConnectionException;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.client.PrematureCloseException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquirePendingLimitException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException;

class NetworkFailuresTest {
  private static final Operation GET =
      new Operation("payments", "get", "GET", "/payments/:identity", null, "payments", false, true);

  static Stream<Throwable> neverSent() {
    return Stream.of(
        new ConnectException("Connection refused"),
        new ConnectTimeoutException("connection timed out: /10.0.0.1:443"),
        new UnknownHostException("api.example.test"),
        new PoolAcquireTimeoutException(Duration.ofSeconds(10)),
        new PoolAcquirePendingLimitException(1000),
        new RuntimeException("wrapped", new ConnectException("Connection refused")));
  }

  static Stream<Throwable> mayHaveReached() {
    return Stream.of(
        PrematureCloseException.TEST_EXCEPTION,
        new IOException("Connection reset by peer"),
        ReadTimeoutException.INSTANCE,
        new DecoderException("invalid chunk"),
        new AbortedException("Connection has been closed"));
  }

  @ParameterizedTest
  @MethodSource("neverSent")
  void failuresBeforeTheRequestLeftAreRetryableForAnyAction(Throwable failure) {
    Throwable classified = NetworkFailures.classify(failure, GET, 2);

    assertThat(classified).isInstanceOf(ApiConnectionException.class).hasCause(failure);
    ApiConnectionException connection = (ApiConnectionException) classified;
    assertThat(connection.isRetryable()).isTrue();
    assertThat(connection.mayHaveReachedApi()).isFalse();
    assertThat(connection.attempts()).isEqualTo(2);
    assertThat(connection).hasMessageContaining("GET /payments/:identity");
  }

  @ParameterizedTest
  @MethodSource("mayHaveReached")
  void failuresAfterTheRequestMayHaveLeftAreRetryableOnlyForSafeActions(Throwable failure) {
    Throwable classified = NetworkFailures.classify(failure, GET, 1);

    assertThat(classified).isInstanceOf(ApiConnectionException.class).hasCause(failure);
    assertThat(((ApiConnectionException) classified).isRetryable()).isTrue();
    assertThat(((ApiConnectionException) classified).mayHaveReachedApi()).isTrue();
  }

  @Test
  void failuresThatAreNotTheNetworksPassUnchanged() {
    IllegalArgumentException bug = new IllegalArgumentException("identity must not be blank");
    IllegalStateException closed = new IllegalStateException("client is closed");

    assertThat(NetworkFailures.classify(bug, GET, 1)).isSameAs(bug);
    assertThat(NetworkFailures.classify(closed, GET, 1)).isSameAs(closed);
  }
}
