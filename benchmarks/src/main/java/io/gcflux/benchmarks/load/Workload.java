package io.gcflux.benchmarks.load;

import java.util.Locale;

/** One line of the report: what is run, how hard, and in how much heap. */
enum Workload {
  // Targets of issue #12 for gcflux: throughput vs raw, CPU per op vs raw (0: none), thread cap.
  CREATES_C64("creates-c64", true, 64, 0, "512m", 0.90, 1.30, false),
  CREATES_C256("creates-c256", true, 256, 20, "512m", 0.95, 0, true),
  EXPORT_64M("export-64m", false, 1, 0, "64m", 0.90, 0, false),
  EXPORT_1G("export-1g", false, 1, 0, "1g", 0.90, 0, false);

  final String id;
  final boolean creates;
  final int concurrency;
  final long latencyMillis;
  final String clientHeap;
  final double throughputTarget;
  final double cpuPerOperationTarget;
  final boolean threadTarget;

  Workload(
      String id,
      boolean creates,
      int concurrency,
      long latencyMillis,
      String clientHeap,
      double throughputTarget,
      double cpuPerOperationTarget,
      boolean threadTarget) {
    this.id = id;
    this.creates = creates;
    this.concurrency = concurrency;
    this.latencyMillis = latencyMillis;
    this.clientHeap = clientHeap;
    this.throughputTarget = throughputTarget;
    this.cpuPerOperationTarget = cpuPerOperationTarget;
    this.threadTarget = threadTarget;
  }

  /** At most 2 x cores + 4 threads of the client's own, as issue #12 asks. */
  static int threadCap() {
    return 2 * Runtime.getRuntime().availableProcessors() + 4;
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
