package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jars on the module path, as a modular application sees them: a small consumer module that
 * {@code requires io.gcflux.client} is compiled and run in a {@link ModuleLayer} of its own, over
 * the client's runtime dependencies (what Maven gives an application, written by the build to
 * {@code target/runtime-module-path.txt}) without Micrometer, which is optional.
 *
 * <p>The tests themselves run on the class path; this one proves the module descriptors.
 */
class ModulePathTest {
  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  private static final String CONSUMER = "gcflux.consumer";

  @TempDir static Path work;

  private static List<Path> modulePath;
  private static Path consumerClasses;
  private static ModuleLayer layer;

  @BeforeAll
  static void compileAndLoadTheConsumer() throws Exception {
    modulePath = modulePathWithoutMicrometer();
    consumerClasses = work.resolve("consumer-classes");
    String errors =
        compile(
            consumerClasses,
            source(
                "module-info.java",
                "module gcflux.consumer {",
                "  requires io.gcflux.client;",
                "  exports gcflux.consumer;",
                "}"),
            source(
                "gcflux/consumer/Consumer.java",
                "package gcflux.consumer;",
                "",
                "import io.gcflux.client.GoCardlessClient;",
                "import io.gcflux.core.json.GoCardlessJson;",
                "import io.gcflux.core.model.Customer;",
                "import java.lang.invoke.MethodHandles;",
                "import java.time.Duration;",
                "",
                "public final class Consumer {",
                "  private Consumer() {}",
                "",
                "  public static String customerJson(String baseUrl, String token, String id) {",
                "    try (GoCardlessClient client =",
                "        GoCardlessClient.builder().accessToken(token).baseUrl(baseUrl).build()) {",
                "      Customer fetched = client.customers().get(id).block(Duration.ofSeconds(30));",
                "      String json = GoCardlessJson.toJson(fetched);",
                "      return GoCardlessJson.toJson(GoCardlessJson.fromJson(json, Customer.class));",
                "    }",
                "  }",
                "",
                "  public static String reach(String className) throws ClassNotFoundException {",
                "    try {",
                "      Class<?> type = Class.forName(className, false, Consumer.class.getClassLoader());",
                "      MethodHandles.lookup().accessClass(type);",
                "      return \"accessible\";",
                "    } catch (IllegalAccessException e) {",
                "      return \"denied\";",
                "    }",
                "  }",
                "}"));
    assertThat(errors).as("the consumer module compiles against the module path").isEmpty();

    List<Path> consumerPath = new ArrayList<>(modulePath);
    consumerPath.add(0, consumerClasses);
    Configuration graph =
        ModuleLayer.boot()
            .configuration()
            .resolve(
                ModuleFinder.of(consumerPath.toArray(Path[]::new)),
                ModuleFinder.of(),
                Set.of(CONSUMER));
    // The platform loader as parent: nothing may come from the test's class path.
    layer =
        ModuleLayer.boot().defineModulesWithOneLoader(graph, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void aConsumerModuleCallsTheApiAndRoundTripsAGeneratedResourceWithoutMicrometer()
      throws Exception {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);

    Object json =
        consumer()
            .getMethod("customerJson", String.class, String.class, String.class)
            .invoke(null, EMULATOR.baseUrl(), EMULATOR.accessToken(), id);

    assertThat((String) json).contains("\"id\":\"" + id + "\"");
    assertThat(layer.modules().stream().map(Module::getName))
        .contains("io.gcflux.client", "io.gcflux.core", "com.fasterxml.jackson.databind")
        .noneMatch(name -> name.startsWith("micrometer"));
  }

  @Test
  void theConsumerReachesPublicTypesButNoInternalOne() throws Exception {
    assertThat(reach(GoCardlessClient.class.getName())).isEqualTo("accessible");
    assertThat(reach("io.gcflux.core.model.Customer")).isEqualTo("accessible");

    List<String> internalTypes = publicTypesOfInternalPackages();
    assertThat(internalTypes)
        .anyMatch(name -> name.startsWith("io.gcflux.client.internal."))
        .anyMatch(name -> name.startsWith("io.gcflux.core.internal."));
    for (String internal : internalTypes) {
      assertThat(reach(internal)).as(internal).isEqualTo("denied");
    }
  }

  @Test
  void codeThatImportsAnInternalTypeDoesNotCompileInAConsumerModule() throws Exception {
    List<String> internalTypes = publicTypesOfInternalPackages();
    Set<String> internalPackages = new TreeSet<>();
    List<SourceFile> sources = new ArrayList<>();
    sources.add(
        source(
            "module-info.java", "module gcflux.consumer {", "  requires io.gcflux.client;", "}"));
    for (String type : internalTypes) {
      String pkg = type.substring(0, type.lastIndexOf('.'));
      if (internalPackages.add(pkg)) {
        String name = "Uses" + internalPackages.size();
        sources.add(
            source(
                "gcflux/consumer/" + name + ".java",
                "package gcflux.consumer;",
                "",
                "final class " + name + " {",
                "  Object reach() {",
                "    return " + type + ".class;",
                "  }",
                "}"));
      }
    }

    String errors = compile(work.resolve("leaky-consumer"), sources.toArray(SourceFile[]::new));

    assertThat(internalPackages).contains("io.gcflux.client.internal", "io.gcflux.core.internal");
    for (String pkg : internalPackages) {
      assertThat(errors).contains("package " + pkg + " is not visible");
    }
  }

  @Test
  void theModulesExportTheCheckedPackagesAndNoInternalOneToUsers() {
    Module client = module("io.gcflux.client");
    Module core = module("io.gcflux.core");
    Module consumer = module(CONSUMER);
    Module jackson = module("com.fasterxml.jackson.databind");

    Set<String> exportedToEveryone = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (Module gcflux : List.of(client, core)) {
      ModuleDescriptor descriptor = gcflux.getDescriptor();
      if (descriptor.isAutomatic() || descriptor.isOpen()) {
        problems.add(gcflux.getName() + " is not an explicit, closed module");
      }
      for (Exports export : descriptor.exports()) {
        if (!export.isQualified()) {
          exportedToEveryone.add(export.source());
        }
        if (isInternal(export.source())
            && !(export.isQualified()
                && export.targets().stream().allMatch(t -> t.startsWith("io.gcflux.")))) {
          problems.add(gcflux.getName() + " exports " + export);
        }
      }
      for (Opens open : descriptor.opens()) {
        boolean toJacksonOnly =
            open.isQualified() && open.targets().equals(Set.of(jackson.getName()));
        // The API description's resource package carries no class to open.
        boolean resourceOnly = open.source().equals("io.gcflux.core.api");
        if (!toJacksonOnly && !resourceOnly) {
          problems.add(gcflux.getName() + " opens " + open);
        }
      }
    }

    assertThat(problems).isEmpty();
    assertThat(exportedToEveryone)
        .as("exported packages are the ones PublicApiBoundaryTest checks")
        .isEqualTo(new TreeSet<>(PublicApiBoundaryTest.CHECKED_PACKAGES));
    assertThat(core.isExported("io.gcflux.core.internal", client)).isTrue();
    assertThat(core.isExported("io.gcflux.core.internal", consumer)).isFalse();
    assertThat(client.isExported("io.gcflux.client.internal", consumer)).isFalse();
    assertThat(core.isOpen("io.gcflux.core.model", jackson)).isTrue();
    assertThat(core.isOpen("io.gcflux.core.params", jackson)).isTrue();
    assertThat(core.isOpen("io.gcflux.core.model", consumer)).isFalse();
  }

  private static String reach(String className) throws Exception {
    return (String) consumer().getMethod("reach", String.class).invoke(null, className);
  }

  private static Class<?> consumer() throws ClassNotFoundException {
    return layer.findLoader(CONSUMER).loadClass("gcflux.consumer.Consumer");
  }

  private static Module module(String name) {
    return layer
        .findModule(name)
        .orElseThrow(() -> new AssertionError(name + " is not in the consumer's module graph"));
  }

  /** Every public top-level type of an internal package of gcflux's modules in the layer. */
  private static List<String> publicTypesOfInternalPackages() throws IOException {
    List<String> types = new ArrayList<>();
    for (Module gcflux : List.of(module("io.gcflux.client"), module("io.gcflux.core"))) {
      ModuleReference reference =
          layer.configuration().findModule(gcflux.getName()).orElseThrow().reference();
      try (ModuleReader reader = reference.open();
          Stream<String> entries = reader.list()) {
        for (String entry : entries.sorted().toList()) {
          String name = entry.replace('/', '.');
          if (!entry.endsWith(".class") || entry.contains("$") || !isInternal(packageOf(name))) {
            continue;
          }
          String className = name.substring(0, name.length() - ".class".length());
          try {
            Class<?> type = Class.forName(className, false, gcflux.getClassLoader());
            if (Modifier.isPublic(type.getModifiers())) {
              types.add(className);
            }
          } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className, e);
          }
        }
      }
    }
    return types;
  }

  private static String packageOf(String classFileName) {
    String withoutSuffix = classFileName.substring(0, classFileName.length() - ".class".length());
    int dot = withoutSuffix.lastIndexOf('.');
    return dot < 0 ? "" : withoutSuffix.substring(0, dot);
  }

  private static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  /**
   * This module's classes and its runtime dependencies as Maven resolves them for an application,
   * Micrometer (optional) left out.
   */
  private static List<Path> modulePathWithoutMicrometer() throws IOException, URISyntaxException {
    String listing = System.getProperty("gcflux.runtimeModulePath");
    assertThat(listing)
        .as("system property gcflux.runtimeModulePath (set by the build)")
        .isNotNull();
    List<Path> path = new ArrayList<>();
    path.add(
        Path.of(
            GoCardlessClient.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    Stream.of(Files.readString(Path.of(listing)).trim().split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .filter(entry -> !entry.contains("micrometer") && !entry.contains("HdrHistogram"))
        .map(Path::of)
        .forEach(path::add);
    return path;
  }

  private record SourceFile(String path, String text) {}

  private static SourceFile source(String path, String... lines) {
    return new SourceFile(path, String.join("\n", lines) + "\n");
  }

  /** Compiles the sources as one module over {@link #modulePath}; returns javac's errors. */
  private static String compile(Path output, SourceFile... sources) throws IOException {
    Path sourceRoot = Files.createDirectories(output.resolveSibling(output.getFileName() + "-src"));
    List<String> arguments = new ArrayList<>();
    arguments.addAll(
        List.of(
            "--release",
            "17",
            "-proc:none",
            "-d",
            output.toString(),
            "--module-path",
            modulePath.stream()
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator))));
    for (SourceFile source : sources) {
      Path file = sourceRoot.resolve(source.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.text());
      arguments.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
    return status == 0 ? "" : errors.toString(StandardCharsets.UTF_8);
  }
}
