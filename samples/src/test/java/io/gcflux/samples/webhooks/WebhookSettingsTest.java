package io.gcflux.samples.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class WebhookSettingsTest {
  @Test
  void namesEveryMissingSettingInOneMessage() {
    String message = WebhookSettings.missing(new MockEnvironment());

    assertThat(message)
        .contains("GOCARDLESS_ACCESS_TOKEN")
        .contains("GOCARDLESS_WEBHOOK_SECRET")
        .contains("GOCARDLESS_BASE_URL");
    assertThat(message.lines()).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void namesOnlyTheSettingsStillMissing() {
    MockEnvironment settings = new MockEnvironment().withProperty("GOCARDLESS_ACCESS_TOKEN", "t");

    assertThat(WebhookSettings.missing(settings))
        .contains("GOCARDLESS_WEBHOOK_SECRET")
        .doesNotContain("GOCARDLESS_ACCESS_TOKEN:");
  }

  @Test
  void acceptsTheStarterPropertiesInPlaceOfTheVariables() {
    MockEnvironment settings =
        new MockEnvironment()
            .withProperty("gcflux.access-token", "t")
            .withProperty("gcflux.webhook.secret", "s");

    assertThat(WebhookSettings.missing(settings)).isNull();
  }
}
