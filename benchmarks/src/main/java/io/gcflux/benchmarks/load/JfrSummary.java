package io.gcflux.benchmarks.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Condenses a JFR recording into what the runtime work needs: the hottest methods by execution
 * samples (on top of the stack, and anywhere on it), the allocation sites by sampled weight, and
 * the garbage collector's pauses. Java 17's {@code jfr} tool has no such views ({@code jfr view}
 * came in 21).
 *
 * <p>{@code JfrSummary <recording.jfr> [top]}
 */
public final class JfrSummary {
  private JfrSummary() {}

  public static void main(String[] args) throws IOException {
    System.out.println(
        summarize(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 15));
  }

  static String summarize(Path recording, int top) throws IOException {
    Map<String, Long> selfSamples = new HashMap<>();
    Map<String, Long> totalSamples = new HashMap<>();
    Map<String, Long> selfByLibrary = new HashMap<>();
    Map<String, Long> allocationBySite = new HashMap<>();
    Map<String, Long> allocationByClass = new HashMap<>();
    long samples = 0;
    long allocated = 0;
    long collections = 0;
    Duration pauses = Duration.ZERO;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        String type = event.getEventType().getName();
        if (type.equals("jdk.ExecutionSample")) {
          List<RecordedFrame> frames = frames(event.getStackTrace());
          if (frames.isEmpty()) {
            continue;
          }
          samples++;
          selfSamples.merge(method(frames.get(0)), 1L, Long::sum);
          selfByLibrary.merge(library(frames.get(0)), 1L, Long::sum);
          Set<String> seen = new HashSet<>();
          for (RecordedFrame frame : frames) {
            String method = method(frame);
            if (isGcflux(frame) && seen.add(method)) {
              totalSamples.merge(method, 1L, Long::sum);
            }
          }
        } else if (type.equals("jdk.ObjectAllocationSample")) {
          long weight = event.getLong("weight");
          String objectClass = event.getClass("objectClass").getName();
          allocated += weight;
          allocationByClass.merge(objectClass, weight, Long::sum);
          allocationBySite.merge(
              objectClass + " in " + site(event.getStackTrace()), weight, Long::sum);
        } else if (type.equals("jdk.GarbageCollection")) {
          collections++;
          pauses = pauses.plus(event.getDuration("sumOfPauses"));
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%,d execution samples, %,d MB allocation sampled, %,d GCs with %,d ms of pauses%n%n",
            samples,
            allocated >> 20,
            collections,
            pauses.toMillis()));
    table(out, "Top frames (self: on top of the stack)", selfSamples, samples, top, "samples");
    table(out, "Self samples by library", selfByLibrary, samples, top, "samples");
    table(
        out,
        "Top gcflux methods (total: anywhere on the stack, callees included)",
        totalSamples,
        samples,
        top,
        "samples");
    table(
        out,
        "Allocation by site (class in first frame outside java.*/jdk.*/sun.*)",
        allocationBySite,
        allocated,
        top,
        "KB");
    table(out, "Allocation by class", allocationByClass, allocated, top, "KB");
    return out.toString();
  }

  private static void table(
      StringBuilder out, String title, Map<String, Long> counts, long whole, int top, String unit) {
    out.append("### ")
        .append(title)
        .append("\n\n| share | ")
        .append(unit)
        .append(" | frame |\n|---|---|---|\n");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(
            entry ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "| %.1f%% | %,d | `%s` |%n",
                        100.0 * entry.getValue() / Math.max(1, whole),
                        unit.equals("KB") ? entry.getValue() >> 10 : entry.getValue(),
                        entry.getKey())));
    out.append('\n');
  }

  private static List<RecordedFrame> frames(RecordedStackTrace stack) {
    return stack == null ? List.of() : stack.getFrames();
  }

  // The first frame in application or library code says who asked for the memory; the JDK
  // frames above it (Arrays.copyOf, StringBuilder) only say how.
  private static String site(RecordedStackTrace stack) {
    List<RecordedFrame> frames = frames(stack);
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        return method(frame);
      }
    }
    return frames.isEmpty() ? "(no stack)" : method(frames.get(0));
  }

  private static String library(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    if (type.startsWith("io.gcflux.")) {
      return "gcflux";
    } else if (type.startsWith("reactor.core.") || type.startsWith("reactor.util.")) {
      return "reactor-core";
    } else if (type.startsWith("reactor.netty.")) {
      return "reactor-netty";
    } else if (type.startsWith("io.netty.")) {
      return "netty";
    } else if (type.startsWith("com.fasterxml.jackson.")) {
      return "jackson";
    } else if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")) {
      return "jdk";
    }
    return "other";
  }

  private static boolean isGcflux(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    return type.startsWith("io.gcflux.");
  }

  private static String method(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}
