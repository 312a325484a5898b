package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Payments computed from their position in the list, so that millions can be paged through without
 * holding any of them.
 */
public final class VirtualPayments {
  public static final String PREFIX = "PM";
  private static final Instant NEWEST = Instant.parse("2026-01-15T10:30:00Z");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final String[] STATUSES = {
    "pending_submission", "submitted", "confirmed", "paid_out"
  };

  private VirtualPayments() {}

  public static String id(long index) {
    return Ids.indexed(PREFIX, index);
  }

  public static ObjectNode payment(ResourceDef payments, long index) {
    return payment(payments.example(id(index)), index);
  }

  private static ObjectNode payment(ObjectNode node, long index) {
    node.put("id", id(index));
    node.put("amount", 100 + index % 9900);
    node.put("amount_refunded", 0);
    node.put("reference", "VIRTUAL-" + index);
    node.put("status", STATUSES[(int) (index % STATUSES.length)]);
    node.put("created_at", TIMESTAMP.format(NEWEST.minusSeconds(index)));
    return node;
  }

  /** Index 0 is the newest payment, so list order is ascending index. */
  public static Page page(ResourceDef payments, long count, ListQuery query) {
    long start;
    long end;
    if (query.before() != null) {
      long cursor = cursor(query.before(), count);
      end = cursor;
      start = Math.max(0, cursor - query.limit());
    } else {
      start = query.after() != null ? cursor(query.after(), count) + 1 : 0;
      end = Math.min(count, start + query.limit());
    }
    ObjectNode template = payments.example(id(0));
    List<ObjectNode> items = new ArrayList<>();
    for (long i = start; i < end; i++) {
      items.add(payment(template.deepCopy(), i));
    }
    if (items.isEmpty()) {
      return new Page(items, null, null, query.limit());
    }
    return new Page(
        items, start > 0 ? id(start) : null, end < count ? id(end - 1) : null, query.limit());
  }

  public static long index(String id, long count) {
    long index = Ids.indexOf(PREFIX, id);
    return index >= 0 && index < count ? index : -1;
  }

  private static long cursor(String id, long count) {
    long index = index(id, count);
    if (index < 0) {
      throw ApiException.usage(400, "invalid_cursor", "The cursor " + id + " is not valid");
    }
    return index;
  }
}
