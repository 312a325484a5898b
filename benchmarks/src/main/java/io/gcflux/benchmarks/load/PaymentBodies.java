package io.gcflux.benchmarks.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;

/**
 * The server's precomputed JSON. An export page is two buffers: the 500 payments of one of {@link
 * #DISTINCT_PAGES} precomputed item blocks (so a 1,000,000-payment export costs the server no JSON
 * writing and only a few MB of memory), and a small tail with that page's cursors.
 */
final class PaymentBodies {
  static final int PAGE_SIZE = 500;
  private static final int DISTINCT_PAGES = 16;

  private final long total;
  private final byte[] created;
  private final byte[][] itemBlocks = new byte[DISTINCT_PAGES][];

  PaymentBodies(long total) {
    this.total = total;
    this.created = ("{\"payments\":" + payment(0) + "}").getBytes(StandardCharsets.UTF_8);
    for (int block = 0; block < DISTINCT_PAGES; block++) {
      itemBlocks[block] = items((long) block * PAGE_SIZE, PAGE_SIZE);
    }
  }

  byte[] created() {
    return created;
  }

  /** Page {@code index} (from 0): its items, then its cursors. */
  ByteBuf[] page(long index) {
    long start = index * PAGE_SIZE;
    long count = Math.max(0, Math.min(PAGE_SIZE, total - start));
    byte[] items =
        count == PAGE_SIZE ? itemBlocks[(int) (index % DISTINCT_PAGES)] : items(start, (int) count);
    String before = index == 0 ? "null" : "\"" + cursor(index - 1) + "\"";
    String after = start + count < total ? "\"" + cursor(index + 1) + "\"" : "null";
    String tail =
        "],\"meta\":{\"cursors\":{\"before\":"
            + before
            + ",\"after\":"
            + after
            + "},\"limit\":"
            + PAGE_SIZE
            + "}}";
    return new ByteBuf[] {
      Unpooled.wrappedBuffer(items), Unpooled.wrappedBuffer(tail.getBytes(StandardCharsets.UTF_8))
    };
  }

  // Opaque to clients, as the API's cursors are: here it names the next page to serve.
  static String cursor(long pageIndex) {
    return "PG" + pageIndex;
  }

  static long pageOf(String cursor) {
    return Long.parseLong(cursor.substring(2));
  }

  private static byte[] items(long start, int count) {
    StringBuilder json = new StringBuilder(count * 520).append("{\"payments\":[");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append(payment(start + i));
    }
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String payment(long index) {
    return "{\"id\":\"PM"
        + String.format("%012d", index)
        + "\",\"created_at\":\"2026-01-15T10:30:00.000Z\",\"charge_date\":\"2026-01-20\","
        + "\"amount\":"
        + (100 + index % 10_000)
        + ",\"amount_refunded\":0,\"currency\":\"GBP\",\"status\":\"pending_submission\","
        + "\"description\":\"Invoice "
        + index
        + "\",\"reference\":\"REF"
        + index
        + "\",\"scheme\":\"bacs\",\"retry_if_possible\":true,\"faster_ach\":false,"
        + "\"metadata\":{\"order\":\""
        + index
        + "\"},\"fx\":{\"fx_currency\":\"GBP\",\"fx_amount\":null,\"exchange_rate\":null,"
        + "\"estimated_exchange_rate\":null},\"links\":{\"mandate\":\"MD000123ABCD45\","
        + "\"creditor\":\"CR000123ABCD45\",\"payout\":\"PO000123ABCD45\"}}";
  }
}
