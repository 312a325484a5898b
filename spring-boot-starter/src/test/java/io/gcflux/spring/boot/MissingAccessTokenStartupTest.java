package io.gcflux.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class MissingAccessTokenStartupTest {

  @Test
  void startUpNamesTheMissingPropertyInBootsShortReportWithoutAStackTrace(CapturedOutput output) {
    SpringApplication app = new SpringApplication(NoToken.class);
    app.setWebApplicationType(WebApplicationType.NONE);

    // The test application.yml sets a token: read no configuration file at all.
    assertThatThrownBy(() -> app.run("--spring.config.name=no-config-file"))
        .hasRootCauseInstanceOf(MissingAccessTokenException.class);

    assertThat(output.getAll())
        .contains("APPLICATION FAILED TO START")
        .contains("the property gcflux.access-token is not set")
        .doesNotContain("\tat ");
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(GoCardlessAutoConfiguration.class)
  static class NoToken {}
}
