package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.internal.ExecutorFixture;
import io.gcflux.client.internal.ScriptedTransport;
import io.gcflux.client.observe.ApiOperation;
import io.gcflux.client.observe.CallObserver;
import io.gcflux.client.service.PaymentsService;
import io.gcflux.core.error.GoCardlessInternalException;
import io.gcflux.core.error.ValidationFailedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class CallObserverTest {
  private static final String PAYMENT = "{\"payments\":{\"id\":\"PM1\",\"amount\":1500}}";
  private static final String SERVER_ERROR =
      "{\"error\":{\"type\":\"gocardless\",\"code\":500,\"message\":\"Internal error\","
          + "\"request_id\":\"RQ500\",\"errors\":[]}}";
  private static final String INVALID =
      "{\"error\":{\"type\":\"validation_failed\",\"code\":422,\"message\":\"m\","
          + "\"request_id\":\"RQ422\",\"errors\":[{\"field\":\"amount\",\"message\":\"bad\"}]}}";

  /** Writes each event as one line naming the operation by its path template. */
  static final class Recording implements CallObserver {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void onAttempt(ApiOperation op, int attempt) {
      events.add("attempt " + attempt + " " + op.method() + " " + op.path());
    }

    @Override
    public void onRetry(ApiOperation op, int attempt, Throwable cause) {
      events.add("retry after " + attempt + " " + cause.getClass().getSimpleName());
    }

    @Override
    public void onSuccess(
        ApiOperation op, int statusCode, String requestId, int attempts, Duration elapsed) {
      events.add("success " + statusCode + " " + requestId + " attempts=" + attempts);
    }

    @Override
    public void onFailure(ApiOperation op, Throwable failure, int attempts, Duration elapsed) {
      events.add("failure " + failure.getClass().getSimpleName() + " attempts=" + attempts);
    }
  }

  private final ScriptedTransport transport = new ScriptedTransport();
  private final Recording observer = new Recording();
  private final PaymentsService payments =
      new PaymentsService(ExecutorFixture.executor(transport, observer));

  @Test
  void hearsEachAttemptTheRetryBetweenThemAndTheSuccess() {
    transport.respond(500, SERVER_ERROR).respond(200, PAYMENT, "x-request-id", "RQ_OK");

    StepVerifier.withVirtualTime(() -> payments.get("PM1"))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .expectNextCount(1)
        .verifyComplete();

    assertThat(observer.events)
        .containsExactly(
            "attempt 1 GET /payments/:identity",
            "retry after 1 GoCardlessInternalException",
            "attempt 2 GET /payments/:identity",
            "success 200 RQ_OK attempts=2");
  }

  @Test
  void hearsTheFinalFailureOnceWithTheAttemptsMade() {
    transport.respond(500, SERVER_ERROR).respond(500, SERVER_ERROR).respond(500, SERVER_ERROR);

    StepVerifier.withVirtualTime(() -> payments.get("PM1"))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectError(GoCardlessInternalException.class)
        .verify();

    assertThat(observer.events).filteredOn(e -> e.startsWith("attempt")).hasSize(3);
    assertThat(observer.events).filteredOn(e -> e.startsWith("retry")).hasSize(2);
    assertThat(observer.events.get(observer.events.size() - 1))
        .isEqualTo("failure GoCardlessInternalException attempts=3");
  }

  @Test
  void anObserverThatThrowsNeverBreaksTheCall() {
    CallObserver broken =
        new CallObserver() {
          @Override
          public void onAttempt(ApiOperation op, int attempt) {
            throw new IllegalStateException("observer bug");
          }

          @Override
          public void onFailure(
              ApiOperation op, Throwable failure, int attempts, Duration elapsed) {
            throw new IllegalStateException("observer bug");
          }
        };
    ScriptedTransport answers = new ScriptedTransport().respond(200, PAYMENT).respond(422, INVALID);
    PaymentsService observed = new PaymentsService(ExecutorFixture.executor(answers, broken));

    StepVerifier.create(observed.get("PM1")).expectNextCount(1).verifyComplete();
    StepVerifier.create(observed.get("PM1"))
        .expectError(ValidationFailedException.class)
        .verify(Duration.ofSeconds(5));
  }
}
