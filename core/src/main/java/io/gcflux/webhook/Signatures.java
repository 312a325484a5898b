package io.gcflux.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 checking of the {@code Webhook-Signature} header. */
final class Signatures {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int SIGNATURE_BYTES = 32;

  private Signatures() {}

  /** Throws {@link InvalidSignatureException} unless {@code signature} signs {@code body}. */
  static void verify(ByteBuffer body, String signature, String secret) {
    requireSecret(secret);
    byte[] received = decode(signature);
    // Compare decoded bytes, not hex text, so that letter case cannot change the outcome, and in
    // constant time so that the time taken leaks nothing about the expected value.
    if (!MessageDigest.isEqual(received, hmac(secret, body))) {
      throw new InvalidSignatureException(
          "The Webhook-Signature does not match the body: the request was not signed with this"
              + " endpoint's secret, or the body was changed on the way");
    }
  }

  static boolean isValid(ByteBuffer body, String signature, String secret) {
    // Outside the try: a missing secret is a misconfiguration to fail loudly on, not a forgery.
    requireSecret(secret);
    try {
      verify(body, signature, secret);
      return true;
    } catch (InvalidSignatureException e) {
      return false;
    }
  }

  static void requireSecret(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("The webhook endpoint secret is missing or blank");
    }
  }

  private static byte[] hmac(String secret, ByteBuffer body) {
    byte[] key = secret.getBytes(StandardCharsets.UTF_8);
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      // A duplicate, because Mac.update moves the position of the buffer it reads.
      mac.update(body.duplicate());
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      // Every Java runtime must provide HmacSHA256, so this is a broken JDK, not a bad request.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** Decodes hex of either case, ignoring surrounding whitespace that proxies sometimes add. */
  private static byte[] decode(String signature) {
    if (signature == null || signature.isBlank()) {
      throw new InvalidSignatureException("The Webhook-Signature header is missing or empty");
    }
    String hex = signature.strip();
    if (hex.length() != SIGNATURE_BYTES * 2) {
      throw new InvalidSignatureException(
          "The Webhook-Signature must be "
              + SIGNATURE_BYTES * 2
              + " hex characters (an HMAC-SHA256), but has "
              + hex.length());
    }
    byte[] bytes = new byte[SIGNATURE_BYTES];
    for (int i = 0; i < bytes.length; i++) {
      int high = hexValue(hex.charAt(2 * i));
      int low = hexValue(hex.charAt(2 * i + 1));
      if (high < 0 || low < 0) {
        throw new InvalidSignatureException("The Webhook-Signature is not hexadecimal");
      }
      bytes[i] = (byte) ((high << 4) | low);
    }
    return bytes;
  }

  // Not Character.digit: it also accepts full-width and other Unicode digits, which no signer uses.
  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
