package io.gcflux.core.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The response was not the JSON the API promises: an HTML page from a proxy, a truncated body, or
 * JSON of the wrong shape.
 */
public class MalformedResponseException extends GoCardlessException {
  private static final long serialVersionUID = 1L;
  private static final int PREVIEW_LIMIT = 200;
  // A string literal (possibly cut off by the preview) and, when it is a field name, its colon.
  private static final Pattern JSON_STRING =
      Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*(?:\"|$)(\\s*:)?");
  private final int statusCode;
  private final String bodyPreview;
  private final String requestId;

  public MalformedResponseException(
      String problem, int statusCode, String body, String requestId, Throwable cause) {
    super(describe(problem, statusCode, body == null ? null : preview(body), requestId), cause);
    this.statusCode = statusCode;
    this.bodyPreview = preview(body);
    this.requestId = requestId;
  }

  /** The HTTP status of the response; 0 when there was none (a webhook body, say). */
  public int statusCode() {
    return statusCode;
  }

  /** The start of the body, at most 200 characters. */
  public String bodyPreview() {
    return bodyPreview;
  }

  @Override
  public String requestId() {
    return requestId;
  }

  /**
   * A 2xx body cut short, a 5xx page from a proxy or a 429 without JSON: the answer was lost, not
   * refused, so sending again may succeed. Anything else was a refusal in an unexpected shape.
   */
  @Override
  public boolean isRetryable() {
    return statusCode >= 500 || (statusCode >= 200 && statusCode < 300) || statusCode == 429;
  }

  private static String preview(String body) {
    if (body == null) {
      return "";
    }
    String cut = body.length() <= PREVIEW_LIMIT ? body : body.substring(0, PREVIEW_LIMIT);
    String start = cut.stripLeading();
    // A JSON body may hold an email or a bank account: keep its shape and names, not its strings.
    String shown =
        start.startsWith("{") || start.startsWith("[")
            ? JSON_STRING
                .matcher(cut)
                .replaceAll(
                    m -> m.group(1) != null ? Matcher.quoteReplacement(m.group()) : "\"***\"")
            : cut;
    return body.length() <= PREVIEW_LIMIT ? shown : shown + "...";
  }

  private static String describe(String problem, int status, String preview, String requestId) {
    StringBuilder text = new StringBuilder();
    if (status > 0) {
      text.append('[').append(status).append("] ");
    }
    text.append(problem);
    if (requestId != null) {
      text.append(" (request_id=").append(requestId).append(')');
    }
    // null: the body was not read (too large) or is not what went wrong (a value out of range).
    if (preview != null) {
      text.append(preview.isEmpty() ? "; the body was empty" : "; body starts: " + preview);
    }
    return text.toString();
  }
}
