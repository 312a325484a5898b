package io.gcflux.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gcflux.core.error.MalformedResponseException;
import io.gcflux.core.internal.Errors;
import io.gcflux.core.internal.Responses;
import io.gcflux.core.model.Payment;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bodies no API would send decode to a MalformedResponseException with a short message. */
class HostileJsonTest {
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static MalformedResponseException decodeFails(byte[] body) {
    Throwable thrown = null;
    try {
      Responses.resource(body, "payments", Payment.class, 200, "RQ1");
    } catch (Throwable t) {
      thrown = t;
    }
    assertThat(thrown).isInstanceOf(MalformedResponseException.class);
    assertThat(thrown.getMessage()).hasSizeLessThan(1_000).contains("request_id=RQ1");
    return (MalformedResponseException) thrown;
  }

  @Test
  void jsonNestedAHundredThousandLevelsDeepStopsAtTheNestingLimit() {
    String deep = "{\"payments\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThat(decodeFails(utf8(deep)).getMessage()).contains("nesting depth");
  }

  @Test
  void deepJsonInAnErrorBodyIsMalformedToo() {
    String deep = "{\"error\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThat(Errors.decode(500, Map.of(), utf8(deep), "RQ1"))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void aNumberOfThousandsOfDigitsStopsAtTheNumberLengthLimit() {
    String huge = "{\"payments\":{\"id\":\"PM1\",\"amount\":" + "9".repeat(5_000) + "}}";
    assertThat(decodeFails(utf8(huge)).getMessage()).contains("Number value length");
  }

  @Test
  void anAmountBeyondLongIsRefusedRatherThanTruncated() {
    Payment payment =
        Responses.resource(
            utf8("{\"payments\":{\"id\":\"PM1\",\"amount\":123456789012345678901234567890}}"),
            "payments",
            Payment.class,
            200,
            "RQ1");
    assertThatThrownBy(payment::amount)
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("range of a long");
  }

  @Test
  void aFractionalAmountIsRefused() {
    Payment payment =
        Responses.resource(
            utf8("{\"payments\":{\"id\":\"PM1\",\"amount\":1e400}}"),
            "payments",
            Payment.class,
            200,
            "RQ1");
    assertThatThrownBy(payment::amount).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void aStringOverTheLengthLimitIsMalformed() {
    String big = "{\"payments\":{\"id\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}";
    decodeFails(utf8(big));
  }

  @Test
  void invalidUtf8IsMalformed() {
    byte[] body = utf8("{\"payments\":{\"id\":\"PM1\",\"description\":\"xx\"}}");
    body[body.length - 5] = (byte) 0xC3;
    body[body.length - 4] = (byte) 0x28;
    decodeFails(body);
  }

  @Test
  void anEmptyBodyIsMalformed() {
    assertThat(decodeFails(new byte[0]).getMessage()).contains("[200]");
  }

  @Test
  void anArrayWhereAnObjectBelongsIsMalformed() {
    decodeFails(utf8("[{\"payments\":{\"id\":\"PM1\"}}]"));
  }

  @Test
  void thePreviewOfAJsonBodyKeepsFieldNamesButHidesStringValues() {
    MalformedResponseException e =
        decodeFails(utf8("{\"customers\":{\"email\":\"jane@example.com\",\"given_name\":\"Jane"));
    assertThat(e.getMessage())
        .contains("\"email\":\"***\"")
        .doesNotContain("jane@example.com")
        .doesNotContain("Jane");
  }

  @Test
  void thePreviewOfAnHtmlPageIsKept() {
    MalformedResponseException e = decodeFails(utf8("<html>Bad Gateway</html>"));
    assertThat(e.bodyPreview()).isEqualTo("<html>Bad Gateway</html>");
  }
}
