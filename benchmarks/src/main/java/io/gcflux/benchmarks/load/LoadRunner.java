package io.gcflux.benchmarks.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load harness: for each workload, starts a {@link LoadServer} and one warmed-up {@link
 * LoadWorker} per client, each in its own JVM, then measures the clients in turn, reversing the
 * order every round (raw, webclient, gcflux, then gcflux, webclient, raw), so that slow drift of a
 * shared machine hits every client alike and each ratio compares runs taken side by side.
 *
 * <p>Run with {@code mvn -B -q -Pload -DskipTests package -pl benchmarks -am}; the system
 * properties below size it (the {@code load} profile passes them on).
 */
public final class LoadRunner {
  private LoadRunner() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    Files.createDirectories(settings.workDir);
    try (var logs = Files.newDirectoryStream(settings.workDir, "*.log")) {
      for (Path log : logs) {
        Files.delete(log);
      }
    }
    RunComparison comparison = RunComparison.since(settings.summaryFile);
    LoadReport report = new LoadReport(settings, comparison);
    System.out.println(report.header());
    for (Workload workload : settings.workloads) {
      Map<String, List<Measurement>> runs = measure(workload, settings);
      System.out.println(report.add(workload, runs));
      Path recording = settings.recording(workload);
      if (recording != null && Files.exists(recording)) {
        String profile = JfrSummary.summarize(recording, 15);
        report.addProfile(workload, settings.profiledClient, recording, profile);
        System.out.println(profile);
      }
    }
    String rendered = report.render();
    Files.writeString(settings.reportFile, rendered, StandardCharsets.UTF_8);
    System.out.println(rendered.substring(rendered.indexOf("\n## Against the earlier runs")));
    comparison.save(settings.summaryFile);
    System.out.println("Report written to " + settings.reportFile.toAbsolutePath());
  }

  private static Map<String, List<Measurement>> measure(Workload workload, Settings settings)
      throws Exception {
    long operations = workload.creates ? settings.creates : settings.exportRecords;
    long warmup = workload.creates ? settings.warmupCreates : settings.warmupRecords;
    JavaProcess server =
        JavaProcess.start(
            workload.id + "-server",
            settings.workDir,
            List.of("-Xmx256m"),
            LoadServer.class,
            List.of(Long.toString(workload.latencyMillis), Long.toString(settings.exportRecords)));
    Map<String, JavaProcess> workers = new LinkedHashMap<>();
    try {
      String baseUrl = "http://127.0.0.1:" + server.awaitLine("listening on ").trim();
      for (String client : settings.clients) {
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx" + workload.clientHeap));
        if (client.equals(settings.profiledClient)) {
          jvmOptions.add("-Dload.jfr.file=" + settings.recording(workload));
        }
        workers.put(
            client,
            JavaProcess.start(
                workload.id + "-" + client,
                settings.workDir,
                jvmOptions,
                LoadWorker.class,
                List.of(
                    client,
                    baseUrl,
                    workload.creates ? "creates" : "export",
                    Integer.toString(workload.concurrency),
                    Long.toString(operations),
                    Long.toString(warmup))));
      }
      for (JavaProcess worker : workers.values()) {
        worker.awaitLine("ready");
      }
      // Unmeasured rounds first: the JIT of a worker that warmed up beside two others on a
      // loaded machine may still be compiling, and that would be charged to round 1.
      for (int round = 0; round < settings.warmupRounds; round++) {
        for (String client : settings.clients) {
          workers.get(client).send("run");
          workers.get(client).awaitLine("result ");
        }
      }
      Map<String, List<Measurement>> runs = new LinkedHashMap<>();
      for (int round = 0; round < settings.runs; round++) {
        List<String> order = new ArrayList<>(settings.clients);
        if (round % 2 == 1) {
          Collections.reverse(order);
        }
        for (String client : order) {
          JavaProcess worker = workers.get(client);
          worker.send("run");
          Measurement measurement = Measurement.parse(worker.awaitLine("result "));
          runs.computeIfAbsent(client, c -> new ArrayList<>()).add(measurement);
          System.out.printf(
              Locale.ROOT,
              "  %s round %d %-9s %,10.0f %s, %6.1f us CPU/op, +%d threads%n",
              workload.id,
              round + 1,
              client,
              measurement.perSecond(),
              workload.unit(),
              measurement.cpuMicrosPerOperation(),
              measurement.peakClientThreads());
        }
      }
      return runs;
    } finally {
      for (JavaProcess worker : workers.values()) {
        worker.close();
      }
      server.destroy();
    }
  }

  /** The harness's knobs, all system properties with the defaults of the README's table. */
  static final class Settings {
    final int runs = Integer.getInteger("load.runs", 7);
    final int warmupRounds = Integer.getInteger("load.warmup.rounds", 2);
    final long creates = Long.getLong("load.creates", 20_000);
    final long warmupCreates = Long.getLong("load.warmup.creates", 100_000);
    final long exportRecords = Long.getLong("load.export.records", 1_000_000);
    final long warmupRecords = Long.getLong("load.warmup.records", 200_000);
    final List<String> clients = list("load.clients", "raw,webclient,gcflux");
    final List<Workload> workloads =
        list("load.workloads", "creates-c64,creates-c256,export-64m,export-1g").stream()
            .map(Workload::byId)
            .toList();
    final String profiledClient = System.getProperty("load.jfr", "").trim();
    final Path workDir = Path.of(System.getProperty("load.dir", "target/load"));
    final Path reportFile = Path.of(System.getProperty("load.report", "target/load-report.md"));
    // The spreads of the runs so far, which the next one checks its medians against.
    final Path summaryFile = reportFile.resolveSibling("load-ratios.tsv");

    static Settings fromSystemProperties() {
      Settings settings = new Settings();
      if (!settings.clients.contains("raw")) {
        throw new IllegalArgumentException(
            "load.clients must include raw: every ratio is against it");
      }
      return settings;
    }

    Path recording(Workload workload) {
      return profiledClient.isEmpty()
          ? null
          : workDir.resolve(workload.id + "-" + profiledClient + ".jfr").toAbsolutePath();
    }

    private static List<String> list(String property, String fallback) {
      return Arrays.stream(System.getProperty(property, fallback).split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }
}
