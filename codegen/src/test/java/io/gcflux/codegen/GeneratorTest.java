package io.gcflux.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.gcflux.apimodel.ApiDescription;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorTest {
  private static final String DESCRIPTION =
      Path.of(
              "..",
              "core",
              "src",
              "main",
              "resources",
              "io",
              "gcflux",
              "core",
              "api",
              "gocardless-api.json")
          .toString();

  /** The project's description, read once per call. */
  static ApiDescription api() {
    try {
      return ApiDescription.read(DESCRIPTION);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void namesFollowTheApiInJavaCase() {
    assertThat(Names.lowerCamel("create_with_actions")).isEqualTo("createWithActions");
    assertThat(Names.upperCamel("billing_request_with_actions"))
        .isEqualTo("BillingRequestWithActions");
    assertThat(Names.constant("pending_submission")).isEqualTo("PENDING_SUBMISSION");
    assertThat(Names.constant("3d_secure")).isEqualTo("V_3D_SECURE");
    assertThat(Names.lowerCamel("default")).isEqualTo("defaultValue");
    assertThat(Names.singular("status")).isEqualTo("status");
    assertThat(Names.singular("periodic_limits")).isEqualTo("periodic_limit");
    assertThat(Names.displayPath("/payments/:identity/actions/cancel"))
        .isEqualTo("/payments/{identity}/actions/cancel");
  }

  @Test
  void generationIsCompleteAndDeterministic() throws Exception {
    ApiDescription api = ApiDescription.read(DESCRIPTION);
    assertThat(api.resources()).hasSize(46);
    assertThat(api.resources().stream().mapToInt(r -> r.actions().size()).sum()).isEqualTo(138);

    List<JavaFile> services = Generate.part(api, "service");
    assertThat(services).hasSize(47);
    List<JavaFile> again = Generate.part(ApiDescription.read(DESCRIPTION), "service");
    for (int i = 0; i < services.size(); i++) {
      assertThat(again.get(i).toString()).isEqualTo(services.get(i).toString());
    }
    String payments =
        services.stream()
            .filter(f -> f.typeSpec().name().equals("PaymentsService"))
            .findFirst()
            .orElseThrow()
            .toString();
    assertThat(payments)
        .contains("@Generated(")
        .contains("POST /payments/{identity}/actions/cancel")
        .contains("Idempotency-Key");
  }

  @Test
  void repeatedValueSetsBecomeOneSharedTypeEachWithSupersetsWhereSetsDifferByAFewValues() {
    EnumTypes enums = EnumTypes.of(api());

    EnumTypes.SharedEnum currency = enums.sharedFor("currency", List.of("GBP"));
    assertThat(currency.type().toString()).isEqualTo("io.gcflux.core.model.Currency");
    assertThat(enums.sharedFor("fx_currency", List.of("EUR"))).isSameAs(currency);
    assertThat(enums.sharedFor("account_type", List.of("savings", "checking")).type().simpleName())
        .isEqualTo("AccountType");
    EnumTypes.SharedEnum scheme = enums.sharedFor("scheme", List.of("bacs"));
    assertThat(scheme.values()).contains("sepa", "sepa_core", "sepa_cor1", "faster_payments");
    assertThat(enums.sharedFor("available_debit_scheme", List.of("bacs"))).isSameAs(scheme);
    // Sets that are not alike keep their own nested types.
    assertThat(enums.sharedFor("status", List.of("pending"))).isNull();
    assertThat(enums.sharedFor("sort_field", List.of("amount"))).isNull();
    assertThat(enums.sharedFor("currency", List.of("XYZ"))).isNull();
  }
}
