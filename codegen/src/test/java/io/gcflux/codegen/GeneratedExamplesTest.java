package io.gcflux.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.gcflux.apimodel.ApiDescription;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The generated per-action tests decode the same examples the testkit emulator serves. */
class GeneratedExamplesTest {
  private static final String DESCRIPTION =
      Path.of("..", "core", "src", "main", "resources", "io", "gcflux", "core", "api")
          .resolve("gocardless-api.json")
          .toString();

  @Test
  void generatedTestsCarryTheSharedExampleOfTheirResource() throws Exception {
    ApiDescription api = ApiDescription.read(DESCRIPTION);
    String expected = api.examples().resource(api.require("payments")).toString();

    String paymentsTest =
        Generate.part(api, "service-tests").stream()
            .filter(f -> f.typeSpec().name().equals("PaymentsServiceGeneratedTest"))
            .findFirst()
            .map(JavaFile::toString)
            .orElseThrow();

    assertThat(expected).contains("\"id\":\"PM0001ABCD2345\"", "\"mandate\":\"MD0001ABCD2345\"");
    // Long examples are split into concatenated literals to stay within 100 columns.
    String joined = paymentsTest.replaceAll("\"\\s*\\+\\s*\"", "");
    assertThat(joined).contains(escaped(expected));
  }

  private static String escaped(String json) {
    return json.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
