package io.gcflux.benchmarks.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import reactor.core.publisher.Flux;

/**
 * A client JVM of the load harness: builds one driver, warms it up, then runs the workload once per
 * {@code run} line on standard input and answers with one {@code result} line. Measuring in its own
 * process gives each client its own heap limit, CPU time and thread count.
 *
 * <p>{@code LoadWorker <client> <baseUrl> <creates|export> <concurrency> <operations> <warmup>}
 */
public final class LoadWorker {
  private static final Duration RUN_LIMIT = Duration.ofMinutes(5);

  private LoadWorker() {}

  public static void main(String[] args) throws Exception {
    String client = args[0];
    String baseUrl = args[1];
    boolean creates = args[2].equals("creates");
    int concurrency = Integer.parseInt(args[3]);
    long operations = Long.parseLong(args[4]);
    long warmup = Long.parseLong(args[5]);

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Set<Long> jvmThreads =
        Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet());
    int threadsBefore = threads.getThreadCount();
    try (LoadDriver driver = LoadDriver.named(client, baseUrl, concurrency)) {
      run(driver, creates, concurrency, warmup);
      Recording recording = startRecordingIfAsked();
      System.out.println("ready");
      BufferedReader commands =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while ("run".equals(commands.readLine())) {
        threads.resetPeakThreadCount();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        long done = run(driver, creates, concurrency, operations);
        long elapsed = System.nanoTime() - started;
        long cpu = processCpuNanos() - cpuBefore;
        if (done != operations) {
          throw new IllegalStateException("expected " + operations + " operations, got " + done);
        }
        System.out.println(
            "result "
                + done
                + " "
                + elapsed
                + " "
                + cpu
                + " "
                + (threads.getPeakThreadCount() - threadsBefore)
                + " "
                + peakHeapBytes()
                + " "
                + clientThreadNames(jvmThreads));
      }
      if (recording != null) {
        recording.stop();
      }
    }
    System.exit(0);
  }

  // Started after the warm-up, so that start-up and compilation stay out of the profile.
  private static Recording startRecordingIfAsked() throws Exception {
    String file = System.getProperty("load.jfr.file");
    if (file == null) {
      return null;
    }
    Recording recording = new Recording(Configuration.getConfiguration("profile"));
    recording.setDestination(Path.of(file));
    recording.start();
    return recording;
  }

  private static long run(LoadDriver driver, boolean creates, int concurrency, long operations) {
    Flux<?> work =
        creates
            ? Flux.range(0, Math.toIntExact(operations)).flatMap(i -> driver.create(), concurrency)
            : driver.export().take(operations);
    return work.count().block(RUN_LIMIT);
  }

  // The sum of the heap pools' peaks: an upper bound of the live heap (pools peak apart).
  private static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  // Threads started since the driver was built, by name without the trailing number:
  // "reactor-http-nio*2,parallel*2" tells the runtime helper where threads come from.
  private static String clientThreadNames(Set<Long> jvmThreads) {
    Map<String, Integer> byName = new TreeMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (!jvmThreads.contains(thread.getId())) {
        byName.merge(thread.getName().replaceAll("-?\\d+$", ""), 1, Integer::sum);
      }
    }
    String names =
        byName.entrySet().stream()
            .map(entry -> entry.getKey().replace(' ', '_') + "*" + entry.getValue())
            .collect(Collectors.joining(","));
    return names.isEmpty() ? "-" : names;
  }
}
