package io.gcflux.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureTest {
  private static final String SECRET = "ElfsGHA8Thm2xSWIUnhSJq2QbWMv-2dO";
  private static final String BODY =
      "{\"events\":[{\"id\":\"EV123\",\"resource_type\":\"payments\",\"action\":\"confirmed\","
          + "\"links\":{\"payment\":\"PM123\"}}],\"meta\":{\"webhook_id\":\"WB123\"}}";

  @Test
  void matchesAnHmacComputedIndependently() {
    assertThat(Webhooks.isValidSignature(BODY, Signing.sign(BODY, SECRET), SECRET)).isTrue();
  }

  @Test
  void matchesAPublishedHmacSha256Vector() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    String expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    assertThat(Webhooks.isValidSignature("what do ya want for nothing?", expected, "Jefe"))
        .isTrue();
  }

  @Test
  void hashesNonAsciiBodiesAndSecretsAsUtf8() {
    String body = "{\"events\":[],\"note\":\"café ☕\"}";
    String secret = "sécret-ключ";
    String signature = Signing.sign(body.getBytes(StandardCharsets.UTF_8), secret);
    assertThat(Webhooks.isValidSignature(body, signature, secret)).isTrue();
    assertThat(Webhooks.isValidSignature(body.getBytes(StandardCharsets.UTF_8), signature, secret))
        .isTrue();
  }

  @Test
  void rejectsATamperedBody() {
    String signature = Signing.sign(BODY, SECRET);
    String tampered = BODY.replace("PM123", "PM124");
    assertThat(Webhooks.isValidSignature(tampered, signature, SECRET)).isFalse();
    assertThatThrownBy(() -> Webhooks.parse(tampered, signature, SECRET))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessageContaining("does not match");
  }

  @Test
  void rejectsASignatureMadeWithAnotherSecret() {
    String signature = Signing.sign(BODY, "another-secret");
    assertThat(Webhooks.isValidSignature(BODY, signature, SECRET)).isFalse();
    assertThatThrownBy(() -> Webhooks.parse(BODY, signature, SECRET))
        .isInstanceOf(InvalidSignatureException.class);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void rejectsAMissingSignature(String signature) {
    assertThat(Webhooks.isValidSignature(BODY, signature, SECRET)).isFalse();
    assertThatThrownBy(() -> Webhooks.parse(BODY, signature, SECRET))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessageContaining("missing");
  }

  @Test
  void rejectsANonHexSignatureOfTheRightLength() {
    String signature = "z" + Signing.sign(BODY, SECRET).substring(1);
    assertThat(Webhooks.isValidSignature(BODY, signature, SECRET)).isFalse();
    assertThatThrownBy(() -> Webhooks.parse(BODY, signature, SECRET))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessageContaining("not hexadecimal");
  }

  @Test
  void rejectsUnicodeDigitsThatJavaWouldOtherwiseAcceptAsHex() {
    // U+0660 ARABIC-INDIC DIGIT ZERO: Character.digit reads it as 0.
    String signature = "\u0660" + Signing.sign(BODY, SECRET).substring(1);
    assertThatThrownBy(() -> Webhooks.parse(BODY, signature, SECRET))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessageContaining("not hexadecimal");
  }

  @Test
  void rejectsAnOddLengthSignature() {
    String signature = Signing.sign(BODY, SECRET).substring(1);
    assertThat(Webhooks.isValidSignature(BODY, signature, SECRET)).isFalse();
    assertThatThrownBy(() -> Webhooks.parse(BODY, signature, SECRET))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessageContaining("64 hex characters")
        .hasMessageContaining("has 63");
  }

  @Test
  void rejectsAnEvenLengthSignatureOfTheWrongSize() {
    String sha1Sized = Signing.sign(BODY, SECRET).substring(0, 40);
    String doubled = Signing.sign(BODY, SECRET).repeat(2);
    assertThat(Webhooks.isValidSignature(BODY, sha1Sized, SECRET)).isFalse();
    assertThat(Webhooks.isValidSignature(BODY, doubled, SECRET)).isFalse();
    assertThatThrownBy(() -> Webhooks.parse(BODY, doubled, SECRET))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessageContaining("has 128");
  }

  @Test
  void acceptsUpperCaseHexAndSurroundingWhitespace() {
    String signature = Signing.sign(BODY, SECRET);
    assertThat(Webhooks.isValidSignature(BODY, signature.toUpperCase(Locale.ROOT), SECRET))
        .isTrue();
    assertThat(Webhooks.isValidSignature(BODY, " " + signature + "\r\n", SECRET)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void refusesAMissingSecret(String secret) {
    String signature = Signing.sign(BODY, SECRET);
    assertThatThrownBy(() -> Webhooks.isValidSignature(BODY, signature, secret))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret");
    assertThatThrownBy(() -> Webhooks.parse(BODY, signature, secret))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverPutsTheSecretOrTheExpectedSignatureInAMessage() {
    String expected = Signing.sign(BODY, SECRET);
    String wrong = Signing.sign(BODY, "other");
    assertThatThrownBy(() -> Webhooks.parse(BODY, wrong, SECRET))
        .satisfies(
            e -> {
              assertThat(e.getMessage()).doesNotContain(SECRET);
              assertThat(e.getMessage()).doesNotContainIgnoringCase(expected);
              assertThat(e.getMessage()).doesNotContainIgnoringCase(wrong);
              assertThat(e.toString()).doesNotContain(SECRET);
            });
  }

  @Test
  void verifiesEveryBodyTypeAlike() {
    byte[] bytes = BODY.getBytes(StandardCharsets.UTF_8);
    String signature = Signing.sign(bytes, SECRET);
    assertThat(Webhooks.isValidSignature(bytes, signature, SECRET)).isTrue();
    assertThat(Webhooks.isValidSignature(BODY, signature, SECRET)).isTrue();
    assertThat(Webhooks.isValidSignature(ByteBuffer.wrap(bytes), signature, SECRET)).isTrue();
    assertThat(Webhooks.isValidSignature(direct(bytes), signature, SECRET)).isTrue();
    assertThat(
            Webhooks.isValidSignature(ByteBuffer.wrap(bytes).asReadOnlyBuffer(), signature, SECRET))
        .isTrue();
  }

  @Test
  void readsOnlyTheRemainingBytesOfABufferAndLeavesItsPositionAlone() {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    byte[] framed = new byte[body.length + 10];
    System.arraycopy(body, 0, framed, 4, body.length);
    // A slice, so the backing array has an offset too.
    ByteBuffer buffer = ByteBuffer.wrap(framed, 2, framed.length - 2).slice();
    buffer.position(2).limit(2 + body.length);
    String signature = Signing.sign(body, SECRET);

    assertThat(Webhooks.isValidSignature(buffer, signature, SECRET)).isTrue();
    assertThat(Webhooks.parse(buffer, signature, SECRET)).hasSize(1);

    assertThat(buffer.position()).isEqualTo(2);
    assertThat(buffer.limit()).isEqualTo(2 + body.length);
  }

  @Test
  void readsADirectBufferWithoutMovingIt() {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = direct(body);
    String signature = Signing.sign(body, SECRET);

    assertThat(Webhooks.parse(buffer, signature, SECRET)).hasSize(1);
    assertThat(buffer.position()).isZero();
    assertThat(buffer.remaining()).isEqualTo(body.length);
  }

  private static ByteBuffer direct(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length);
    buffer.put(bytes).flip();
    return buffer;
  }
}
