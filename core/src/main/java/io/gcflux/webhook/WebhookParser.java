package io.gcflux.webhook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.gcflux.core.internal.Json;
import io.gcflux.core.model.Event;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Decodes a webhook body, {@code {"events": [...], "meta": {"webhook_id": "..."}}}. */
final class WebhookParser {
  private static final int PREVIEW_BYTES = 1024;
  private static final ObjectReader EVENT_READER = Json.MAPPER.readerFor(Event.class);

  private WebhookParser() {}

  static WebhookBatch parse(ByteBuffer body) {
    try (JsonParser parser = open(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw malformed("Expected a JSON object with an \"events\" array", body, null);
      }
      List<Event> events = null;
      String webhookId = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("events") && value == JsonToken.START_ARRAY) {
          events = readEvents(parser, body);
        } else if (field.equals("meta") && value == JsonToken.START_OBJECT) {
          JsonNode meta = Json.MAPPER.readTree(parser);
          JsonNode id = meta.get("webhook_id");
          webhookId = id != null && id.isTextual() ? id.asText() : null;
        } else {
          parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw malformed("Unexpected content after the JSON object", body, null);
      }
      if (events == null) {
        throw malformed("Expected an \"events\" array in the webhook", body, null);
      }
      return new WebhookBatch(events, webhookId);
    } catch (IOException e) {
      throw malformed("The webhook body is not valid JSON", body, e);
    }
  }

  private static List<Event> readEvents(JsonParser parser, ByteBuffer body) throws IOException {
    List<Event> events = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw malformed("Every element of \"events\" must be a JSON object", body, null);
      }
      events.add(EVENT_READER.readValue(parser));
    }
    return events;
  }

  private static JsonParser open(ByteBuffer body) throws IOException {
    if (body.hasArray()) {
      return Json.factory()
          .createParser(body.array(), body.arrayOffset() + body.position(), body.remaining());
    }
    byte[] copy = new byte[body.remaining()];
    body.duplicate().get(copy);
    return Json.factory().createParser(copy);
  }

  private static MalformedWebhookException malformed(
      String problem, ByteBuffer body, Throwable cause) {
    // Only the start is decoded: the exception keeps a short preview, and batches can be large.
    ByteBuffer start = body.duplicate();
    start.limit(start.position() + Math.min(start.remaining(), PREVIEW_BYTES));
    String text = StandardCharsets.UTF_8.decode(start).toString();
    return new MalformedWebhookException(problem, text, cause);
  }
}
