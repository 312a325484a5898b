package io.gcflux.testkit.internal;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Mints ids shaped like GoCardless ids: a prefix and twelve upper-case letters or digits. */
public final class Ids {
  public static final int SUFFIX_LENGTH = 12;
  private static final long SPACE = 4_738_381_338_321_616_896L; // 36^12
  // Coprime with 36, so scrambling is a bijection and minted ids never repeat.
  private static final long SCRAMBLE = 2_654_435_761L;
  private static final long OFFSET = 1_000_000_000_000L;

  private final AtomicLong counter = new AtomicLong();

  public String next(String prefix) {
    // Exact while fewer than about three billion ids are minted, far beyond any test.
    long n = counter.incrementAndGet();
    return prefix + pad(Long.toString(Math.floorMod(n * SCRAMBLE + OFFSET, SPACE), 36));
  }

  public void reset() {
    counter.set(0);
  }

  public long current() {
    return counter.get();
  }

  public void restore(long value) {
    counter.set(value);
  }

  public static String indexed(String prefix, long index) {
    return prefix + pad(Long.toString(index, 36));
  }

  /** Returns the index an {@link #indexed} id was made from, or -1. */
  public static long indexOf(String prefix, String id) {
    if (id == null || !id.startsWith(prefix) || id.length() != prefix.length() + SUFFIX_LENGTH) {
      return -1;
    }
    try {
      return Long.parseLong(id.substring(prefix.length()).toLowerCase(Locale.ROOT), 36);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String pad(String base36) {
    String upper = base36.toUpperCase(Locale.ROOT);
    return "0".repeat(Math.max(0, SUFFIX_LENGTH - upper.length())) + upper;
  }
}
