package io.gcflux.benchmarks.load;

import java.util.Locale;

/** One line of the report: what is run, how hard, and in how much heap. */
enum Workload {
  CREATES_C64("creates-c64", true, 64, 0, "512m"),
  CREATES_C256("creates-c256", true, 256, 20, "512m"),
  EXPORT_64M("export-64m", false, 1, 0, "64m"),
  EXPORT_1G("export-1g", false, 1, 0, "1g");

  final String id;
  final boolean creates;
  final int concurrency;
  final long latencyMillis;
  final String clientHeap;

  Workload(String id, boolean creates, int concurrency, long latencyMillis, String clientHeap) {
    this.id = id;
    this.creates = creates;
    this.concurrency = concurrency;
    this.latencyMillis = latencyMillis;
    this.clientHeap = clientHeap;
  }

  static Workload byId(String id) {
    for (Workload workload : values()) {
      if (workload.id.equals(id.trim())) {
        return workload;
      }
    }
    throw new IllegalArgumentException(
        "unknown workload " + id + ": use creates-c64, creates-c256, export-64m or export-1g");
  }

  String describe(long operations) {
    return creates
        ? String.format(
            Locale.ROOT, "%,d creates, C=%d, %d ms", operations, concurrency, latencyMillis)
        : String.format(Locale.ROOT, "export %,d, -Xmx%s", operations, clientHeap);
  }

  String unit() {
    return creates ? "creates/s" : "records/s";
  }
}
