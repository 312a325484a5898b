package io.gcflux.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the generator's output: representative generated files and {@code docs/api.md} must equal
 * their checked-in copies. After a deliberate change, refresh them all with {@code mvn -B -o -q
 * test -pl codegen -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final Path API_DOC = Path.of("..", "docs", "api.md");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final String REFRESH =
      " is stale: if the change is intended, run mvn -B -o -q test -pl codegen"
          + " -Dgolden.update=true and commit the result";

  private final SourceFormatter formatter = new SourceFormatter();

  @Test
  void modelWithNestedObjectsAndEnumsMatchesItsGoldenFile() throws IOException {
    assertGolden("model", "io.gcflux.core.model", "Payment");
  }

  @Test
  void sharedEnumMatchesItsGoldenFile() throws IOException {
    assertGolden("model", "io.gcflux.core.model", "Currency");
  }

  @Test
  void listParamsWithFiltersMatchesItsGoldenFile() throws IOException {
    assertGolden("params", "io.gcflux.core.params", "PaymentListParams");
  }

  @Test
  void createParamsWithNestedLinksMatchesItsGoldenFile() throws IOException {
    assertGolden("params", "io.gcflux.core.params", "PaymentCreateParams");
  }

  @Test
  void serviceWithListAndActionsMatchesItsGoldenFile() throws IOException {
    assertGolden("service", "io.gcflux.client.service", "PaymentsService");
  }

  @Test
  void apiDocMatchesTheCheckedInDocsApiMd() throws IOException {
    String generated = new ApiDocGenerator().render(GeneratorTest.api());
    compare(API_DOC, generated);
  }

  @Test
  void noGeneratedLineIsLongerThanOneHundredColumns() {
    List<String> tooLong = new ArrayList<>();
    for (String part : List.of("model", "params", "service", "service-tests")) {
      for (JavaFile file : Generate.part(GeneratorTest.api(), part)) {
        String[] lines = formatter.format(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (lines[i].length() > 100) {
            tooLong.add(file.typeSpec().name() + ":" + (i + 1) + ": " + lines[i]);
          }
        }
      }
    }
    assertThat(tooLong).isEmpty();
  }

  private void assertGolden(String part, String packageName, String typeName) throws IOException {
    JavaFile file =
        Generate.part(GeneratorTest.api(), part).stream()
            .filter(f -> f.packageName().equals(packageName))
            .filter(f -> f.typeSpec().name().equals(typeName))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not generated: " + typeName));
    Path golden = GOLDEN.resolve(packageName.replace('.', '/')).resolve(typeName + ".java");
    compare(golden, formatter.format(file));
  }

  private static void compare(Path expectedFile, String actual) throws IOException {
    if (UPDATE) {
      Files.createDirectories(expectedFile.getParent());
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(expectedFile).as(expectedFile + REFRESH).exists();
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    assertThat(actual).as(expectedFile + REFRESH).isEqualTo(expected);
  }
}
