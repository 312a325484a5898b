package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.cyclefixture.up.Up;
import io.gcflux.core.Page;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packages of {@code core} and {@code reactive-client} depend on each other one way only, with
 * the client facade {@code io.gcflux.client} on top, so each layer can be read and changed without
 * the ones above it. Reads the compiled classes (directory or jar alike) with {@code jdeps}, which
 * ships with every JDK, and fails on any cycle between packages, naming the edges inside it.
 */
class PackageCycleTest {
  private static final String ROOT = "io.gcflux.client";

  /** The layers under the facade: they serve it, so naming it back would close a loop. */
  private static final Set<String> BELOW_THE_FACADE =
      Set.of(
          "io.gcflux.client.call",
          "io.gcflux.client.internal",
          "io.gcflux.client.observation",
          "io.gcflux.client.observe",
          "io.gcflux.client.paging",
          "io.gcflux.client.retry",
          "io.gcflux.client.service",
          "io.gcflux.client.spi");

  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

  /** Every gcflux package of core and reactive-client, to the gcflux packages it uses. */
  private static Map<String, Set<String>> library;

  @BeforeAll
  static void readTheLibrary(@TempDir Path classes) throws Exception {
    copyClasses(classRoot(GoCardlessClient.class), classes, path -> true);
    copyClasses(classRoot(Page.class), classes, path -> true);
    library = packageGraph(classes);
    // jdeps saw the whole library, or an empty graph would pass.
    assertThat(library)
        .containsKeys("io.gcflux.core.model", "io.gcflux.client.service")
        .containsKeys(BELOW_THE_FACADE.toArray(String[]::new));
    assertThat(library.get(ROOT)).contains("io.gcflux.client.internal", "io.gcflux.client.call");
  }

  @Test
  void noCycleRunsThroughAClientPackage() {
    List<Set<String>> throughClient =
        cycles(library).stream()
            .filter(cycle -> cycle.stream().anyMatch(pkg -> pkg.startsWith(ROOT)))
            .toList();
    assertThat(throughClient)
        .as("package cycles, with the edges inside each:%n%s", describe(throughClient, library))
        .isEmpty();
  }

  @Test
  void noPackageOfCoreOrTheClientIsInACycle() {
    List<Set<String>> cycles = cycles(library);
    assertThat(cycles)
        .as("package cycles, with the edges inside each:%n%s", describe(cycles, library))
        .isEmpty();
  }

  @Test
  void noLayerUnderTheFacadeNamesIt() {
    assertThat(BELOW_THE_FACADE.stream().filter(pkg -> library.get(pkg).contains(ROOT)))
        .as("packages that depend on %s; move what they need to a package below it", ROOT)
        .isEmpty();
  }

  @Test
  void theCheckFindsACycleBetweenTwoPackages(@TempDir Path classes) throws Exception {
    copyClasses(classRoot(Up.class), classes, path -> path.contains("/cyclefixture/"));
    Map<String, Set<String>> graph = packageGraph(classes);

    assertThat(cycles(graph))
        .containsExactly(
            Set.of("io.gcflux.client.cyclefixture.down", "io.gcflux.client.cyclefixture.up"));
    assertThat(describe(cycles(graph), graph))
        .contains(
            "loop: io.gcflux.client.cyclefixture.down -> io.gcflux.client.cyclefixture.up"
                + " -> io.gcflux.client.cyclefixture.down");
  }

  private static Path classRoot(Class<?> anchor) throws URISyntaxException {
    return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /**
   * Copies the class files of a directory or jar, without {@code module-info.class}: with it jdeps
   * would resolve the whole module graph, which needs every dependency on a module path.
   */
  private static void copyClasses(Path root, Path into, Predicate<String> wanted)
      throws IOException {
    if (Files.isDirectory(root)) {
      copyTree(root, into, wanted);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        copyTree(jar.getPath("/"), into, wanted);
      }
    }
  }

  private static void copyTree(Path from, Path into, Predicate<String> wanted) throws IOException {
    List<Path> files;
    try (Stream<Path> paths = Files.walk(from)) {
      files =
          paths
              .filter(p -> p.toString().endsWith(".class"))
              .filter(p -> !p.getFileName().toString().equals("module-info.class"))
              .filter(p -> wanted.test("/" + from.relativize(p).toString().replace('\\', '/')))
              .toList();
    }
    for (Path file : files) {
      Path target = into.resolve(from.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
  }

  /** Package to the gcflux packages it uses, from {@code jdeps -verbose:package}. */
  private static Map<String, Set<String>> packageGraph(Path classes) {
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps")
            .orElseThrow(
                () -> new AssertionError("no jdeps in this runtime: run the build on a full JDK"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "-verbose:package",
            "-filter:none",
            classes.toString());
    assertThat(status).as("jdeps failed: %s", err).isZero();

    Map<String, Set<String>> graph = new TreeMap<>();
    for (String line : out.toString().split("\\R")) {
      Matcher edge = EDGE.matcher(line);
      if (edge.find() && edge.group(1).startsWith("io.gcflux.")) {
        Set<String> uses = graph.computeIfAbsent(edge.group(1), pkg -> new TreeSet<>());
        String used = edge.group(2);
        if (used.startsWith("io.gcflux.") && !used.equals(edge.group(1))) {
          uses.add(used);
        }
      }
    }
    return graph;
  }

  /** The strongly connected components of more than one package (Tarjan's algorithm). */
  private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    return new CycleFinder(graph).find();
  }

  /** Each cycle as its shortest loop, then every edge inside it, so the back-reference shows. */
  private static String describe(List<Set<String>> cycles, Map<String, Set<String>> graph) {
    StringBuilder text = new StringBuilder();
    for (Set<String> cycle : cycles) {
      text.append("  loop: ").append(String.join(" -> ", shortestLoop(cycle, graph))).append('\n');
      for (String from : cycle) {
        graph.get(from).stream()
            .filter(cycle::contains)
            .forEach(to -> text.append("    ").append(from).append(" -> ").append(to).append('\n'));
      }
    }
    return text.toString();
  }

  /** The shortest path from a package of the cycle back to itself, by breadth-first search. */
  private static List<String> shortestLoop(Set<String> cycle, Map<String, Set<String>> graph) {
    List<String> best = null;
    for (String start : cycle) {
      Map<String, String> cameFrom = new HashMap<>();
      Deque<String> queue = new ArrayDeque<>(List.of(start));
      while (!queue.isEmpty() && !cameFrom.containsKey(start)) {
        String at = queue.poll();
        for (String next : graph.get(at)) {
          if (cycle.contains(next) && !cameFrom.containsKey(next)) {
            cameFrom.put(next, at);
            queue.add(next);
          }
        }
      }
      List<String> loop = new ArrayList<>(List.of(start));
      for (String at = cameFrom.get(start); !at.equals(start); at = cameFrom.get(at)) {
        loop.add(0, at);
      }
      loop.add(0, start);
      if (best == null || loop.size() < best.size()) {
        best = loop;
      }
    }
    return best;
  }

  /** Tarjan's strongly connected components, keeping those of two packages or more. */
  private static final class CycleFinder {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> lowLink = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<Set<String>> found = new ArrayList<>();

    CycleFinder(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    List<Set<String>> find() {
      for (String pkg : graph.keySet()) {
        if (!index.containsKey(pkg)) {
          visit(pkg);
        }
      }
      return found;
    }

    private void visit(String pkg) {
      index.put(pkg, index.size());
      lowLink.put(pkg, index.get(pkg));
      stack.push(pkg);
      onStack.add(pkg);
      for (String used : graph.getOrDefault(pkg, Set.of())) {
        if (!index.containsKey(used)) {
          visit(used);
          lowLink.put(pkg, Math.min(lowLink.get(pkg), lowLink.get(used)));
        } else if (onStack.contains(used)) {
          lowLink.put(pkg, Math.min(lowLink.get(pkg), index.get(used)));
        }
      }
      if (lowLink.get(pkg).equals(index.get(pkg))) {
        Set<String> component = new TreeSet<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(pkg));
        if (component.size() > 1) {
          found.add(component);
        }
      }
    }
  }
}
