package io.gcflux.benchmarks.load;

/** One measured run of one client: a {@code result} line of a {@link LoadWorker}. */
record Measurement(
    long operations,
    long elapsedNanos,
    long cpuNanos,
    int peakClientThreads,
    long peakHeapBytes,
    String threadNames) {

  static Measurement parse(String line) {
    String[] fields = line.trim().split(" ");
    return new Measurement(
        Long.parseLong(fields[0]),
        Long.parseLong(fields[1]),
        Long.parseLong(fields[2]),
        Integer.parseInt(fields[3]),
        Long.parseLong(fields[4]),
        fields[5]);
  }

  double perSecond() {
    return operations / (elapsedNanos / 1e9);
  }

  double peakHeapMegabytes() {
    return peakHeapBytes / (1024.0 * 1024.0);
  }

  double cpuMicrosPerOperation() {
    return cpuNanos / 1e3 / operations;
  }
}
