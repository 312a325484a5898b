package io.gcflux.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.error.AuthenticationException;
import io.gcflux.core.error.GoCardlessApiException;
import io.gcflux.core.error.GoCardlessException;
import io.gcflux.core.error.GoCardlessInternalException;
import io.gcflux.core.error.IdempotentCreationConflictException;
import io.gcflux.core.error.InvalidApiUsageException;
import io.gcflux.core.error.InvalidStateException;
import io.gcflux.core.error.MalformedResponseException;
import io.gcflux.core.error.PermissionException;
import io.gcflux.core.error.RateLimitException;
import io.gcflux.core.error.ValidationFailedException;
import io.gcflux.core.internal.Errors;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorDecodingTest {
  private static GoCardlessException decode(int status, String body) {
    return decode(status, body, Map.of());
  }

  private static GoCardlessException decode(
      int status, String body, Map<String, List<String>> headers) {
    return Errors.decode(status, headers, body.getBytes(StandardCharsets.UTF_8), "RQ_HEADER");
  }

  private static String error(String type, int code, String reason) {
    return "{\"error\":{\"type\":\""
        + type
        + "\",\"code\":"
        + code
        + ",\"message\":\"Something\",\"request_id\":\"RQ1\",\"documentation_url\":\"https://d\","
        + "\"errors\":[{\"reason\":\""
        + reason
        + "\",\"message\":\"detail\",\"links\":{\"conflicting_resource_id\":\"PM9\"},"
        + "\"metadata\":{\"n\":1}}]}}";
  }

  @Test
  void eachTypeMapsToItsException() {
    assertThat(decode(422, error("validation_failed", 422, "x")))
        .isExactlyInstanceOf(ValidationFailedException.class);
    assertThat(decode(400, error("invalid_api_usage", 400, "x")))
        .isExactlyInstanceOf(InvalidApiUsageException.class);
    assertThat(decode(409, error("invalid_state", 409, "cancellation_failed")))
        .isExactlyInstanceOf(InvalidStateException.class);
    assertThat(decode(500, error("gocardless", 500, "x")))
        .isExactlyInstanceOf(GoCardlessInternalException.class);
    assertThat(decode(401, error("invalid_api_usage", 401, "x")))
        .isExactlyInstanceOf(AuthenticationException.class);
    assertThat(decode(403, error("invalid_api_usage", 403, "x")))
        .isExactlyInstanceOf(PermissionException.class);
    assertThat(
            decode(429, error("invalid_api_usage", 429, "x"), Map.of("retry-after", List.of("12"))))
        .isExactlyInstanceOf(RateLimitException.class)
        .satisfies(
            e ->
                assertThat(((RateLimitException) e).retryAfter())
                    .isEqualTo(Duration.ofSeconds(12)));
  }

  @Test
  void idempotencyConflictNamesTheExistingResource() {
    GoCardlessException e =
        decode(409, error("invalid_state", 409, "idempotent_creation_conflict"));
    assertThat(e).isInstanceOf(IdempotentCreationConflictException.class);
    assertThat(((IdempotentCreationConflictException) e).conflictingResourceId()).isEqualTo("PM9");
    assertThat(((GoCardlessApiException) e).errors().get(0).metadata()).containsEntry("n", 1L);
  }

  @Test
  void unknownTypeStaysTheBaseTypeWithEveryDetail() {
    GoCardlessException e = decode(418, error("brand_new_type", 418, "teapot"));
    assertThat(e).isExactlyInstanceOf(GoCardlessApiException.class);
    GoCardlessApiException api = (GoCardlessApiException) e;
    assertThat(api.type()).isEqualTo("brand_new_type");
    assertThat(api.statusCode()).isEqualTo(418);
    assertThat(api.requestId()).isEqualTo("RQ1");
    assertThat(api.documentationUrl()).isEqualTo("https://d");
    assertThat(api.errors())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).isEqualTo("teapot"));
  }

  @Test
  void errorAsAPlainStringKeepsTheMessage() {
    GoCardlessException e = decode(400, "{\"error\":\"Bad request, simply\"}");
    assertThat(e).isInstanceOf(GoCardlessApiException.class);
    assertThat(e.getMessage()).contains("Bad request, simply").contains("request_id=RQ_HEADER");
  }

  @Test
  void htmlAndTruncatedBodiesAreMalformedResponsesWithAPreview() {
    GoCardlessException html = decode(502, "<html><body>" + "x".repeat(500) + "</body></html>");
    assertThat(html).isInstanceOf(MalformedResponseException.class);
    MalformedResponseException malformed = (MalformedResponseException) html;
    assertThat(malformed.statusCode()).isEqualTo(502);
    assertThat(malformed.bodyPreview()).startsWith("<html>").hasSizeLessThanOrEqualTo(203);
    assertThat(malformed.getMessage()).startsWith("[502]");

    assertThat(decode(500, "{\"error\":{\"type\":\"gocard"))
        .isInstanceOf(MalformedResponseException.class);
    assertThat(decode(503, "")).isInstanceOf(MalformedResponseException.class);
    assertThat(decode(500, "{\"unexpected\":true}")).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void statusDecidesWhenTheBodyCarriesNoType() {
    assertThat(decode(500, "{\"error\":{\"message\":\"boom\"}}"))
        .isInstanceOf(GoCardlessInternalException.class);
    assertThat(decode(409, "{\"error\":{\"message\":\"state\"}}"))
        .isInstanceOf(InvalidStateException.class);
  }
}
