package io.gcflux.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The harness's Markdown report: the machine, then per workload each client's throughput and CPU
 * per operation as ratios to raw (median and min-max of the per-round ratios), then any profile.
 */
final class LoadReport {
  private final LoadRunner.Settings settings;
  private final StringBuilder tables = new StringBuilder();
  private final StringBuilder profiles = new StringBuilder();
  private final String header;
  private final RunComparison comparison;

  LoadReport(LoadRunner.Settings settings, RunComparison comparison) {
    this.settings = settings;
    this.comparison = comparison;
    this.header = describeRun();
  }

  String header() {
    return header;
  }

  private String describeRun() {
    return "# gcflux load harness\n\n"
        + "- date: "
        + OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        + "\n- machine: "
        + Runtime.getRuntime().availableProcessors()
        + " cores, "
        + cpuModel()
        + ", load average at start "
        + loadAverage()
        + "\n- java: "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + " ("
        + System.getProperty("java.vendor")
        + ")\n- runs: "
        + settings.runs
        + " measured per client after a warm-up ("
        + settings.warmupCreates
        + " creates or "
        + settings.warmupRecords
        + " records, then "
        + settings.warmupRounds
        + " unmeasured rounds), each client in its own JVM, in the order "
        + String.join(", ", settings.clients)
        + " and reversed every other round; server in its own JVM\n"
        + "- ratios are per round (the client / raw measured beside it), then median"
        + " (min - max) over the rounds; pool size = concurrency for every client\n"
        + "- CPU per op: the client JVM's process CPU time (all its threads, GC and JIT"
        + " included) / operations; client threads: threads started since the client was"
        + " built, at peak; peak heap: the heap pools' peak use in a run, garbage included\n";
  }

  /** Adds one workload's table and returns it. */
  String add(Workload workload, Map<String, List<Measurement>> runs) {
    long operations = runs.get("raw").get(0).operations();
    StringBuilder table = new StringBuilder();
    table
        .append("\n## ")
        .append(workload.describe(operations))
        .append("\n\n| client | ")
        .append(workload.unit())
        .append(
            " | vs raw | CPU per op | CPU per op vs raw | client threads | peak heap | thread names |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    List<Measurement> raw = runs.get("raw");
    for (Map.Entry<String, List<Measurement>> client : runs.entrySet()) {
      List<Measurement> own = client.getValue();
      table
          .append("| ")
          .append(client.getKey())
          .append(" | ")
          .append(spread(values(own, Measurement::perSecond), "%,.0f"))
          .append(" | ")
          .append(spread(ratios(own, raw, Measurement::perSecond), "%.2fx"))
          .append(" | ")
          .append(spread(values(own, Measurement::cpuMicrosPerOperation), "%.1f us"))
          .append(" | ")
          .append(spread(ratios(own, raw, Measurement::cpuMicrosPerOperation), "%.2fx"))
          .append(" | ")
          .append(spread(values(own, m -> m.peakClientThreads()), "%.0f"))
          .append(" | ")
          .append(spread(values(own, Measurement::peakHeapMegabytes), "%.0f MB"))
          .append(" | ")
          .append(own.get(own.size() - 1).threadNames().replace(",", ", "))
          .append(" |\n");
      if (!client.getKey().equals("raw")) {
        comparison.add(
            workload.id,
            client.getKey(),
            "throughput",
            spreadOf(ratios(own, raw, Measurement::perSecond)));
        comparison.add(
            workload.id,
            client.getKey(),
            "CPU per op",
            spreadOf(ratios(own, raw, Measurement::cpuMicrosPerOperation)));
      }
    }
    if (runs.containsKey("gcflux")) {
      table.append(targets(workload, runs.get("gcflux"), raw, runs.get("webclient")));
    }
    tables.append(table);
    return table.toString();
  }

  // The medians of the per-round ratios against issue #12's targets for gcflux.
  private static String targets(
      Workload workload,
      List<Measurement> gcflux,
      List<Measurement> raw,
      List<Measurement> webclient) {
    List<String> checks = new ArrayList<>();
    double throughput = median(ratios(gcflux, raw, Measurement::perSecond));
    checks.add(check("throughput vs raw", throughput, ">=", workload.throughputTarget));
    if (workload.cpuPerOperationTarget > 0) {
      double cpu = median(ratios(gcflux, raw, Measurement::cpuMicrosPerOperation));
      checks.add(check("CPU per op vs raw", cpu, "<=", workload.cpuPerOperationTarget));
    }
    if (workload.threadTarget) {
      int threads = gcflux.stream().mapToInt(Measurement::peakClientThreads).max().orElse(0);
      checks.add(
          String.format(
              Locale.ROOT,
              "client threads %d (<= %d: %s)",
              threads,
              Workload.threadCap(),
              threads <= Workload.threadCap() ? "met" : "MISSED"));
    }
    if (webclient != null) {
      double versusWebClient = median(ratios(gcflux, webclient, Measurement::perSecond));
      checks.add(check("throughput vs webclient", versusWebClient, ">=", 1.0));
    }
    return "\ngcflux against the targets of issue #12 (medians): "
        + String.join("; ", checks)
        + "\n";
  }

  private static String check(String what, double value, String relation, double target) {
    boolean met = relation.equals(">=") ? value >= target : value <= target;
    return String.format(
        Locale.ROOT,
        "%s %.2fx (%s %.2fx: %s)",
        what,
        value,
        relation,
        target,
        met ? "met" : "MISSED");
  }

  void addProfile(Workload workload, String client, Path recording, String summary) {
    profiles
        .append("\n## Profile: ")
        .append(client)
        .append(", ")
        .append(workload.id)
        .append(" (")
        .append(recording.getFileName())
        .append(
            ", JFR profile settings, the unmeasured and measured rounds after warm-up; JFR's own"
                + " cost makes this run's figures for that client not comparable)\n\n")
        .append(summary);
  }

  String render() {
    return header + tables + comparison.render() + profiles;
  }

  private static double[] values(List<Measurement> runs, ToDoubleFunction<Measurement> metric) {
    return runs.stream().mapToDouble(metric).toArray();
  }

  private static double[] ratios(
      List<Measurement> client, List<Measurement> raw, ToDoubleFunction<Measurement> metric) {
    double[] ratios = new double[client.size()];
    for (int round = 0; round < ratios.length; round++) {
      ratios[round] =
          metric.applyAsDouble(client.get(round)) / metric.applyAsDouble(raw.get(round));
    }
    return ratios;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static RunComparison.Spread spreadOf(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new RunComparison.Spread(median(values), sorted[0], sorted[sorted.length - 1]);
  }

  /** "median (min - max)". */
  static String spread(double[] values, String format) {
    RunComparison.Spread spread = spreadOf(values);
    return String.format(Locale.ROOT, format, spread.median())
        + " ("
        + String.format(Locale.ROOT, format, spread.min())
        + " - "
        + String.format(Locale.ROOT, format, spread.max())
        + ")";
  }

  private static String cpuModel() {
    try {
      List<String> models = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          models.add(line.substring(line.indexOf(':') + 1).trim());
        }
      }
      return models.isEmpty() ? "CPU model unknown" : models.get(0);
    } catch (IOException e) {
      return "CPU model unknown (no /proc/cpuinfo)";
    }
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
