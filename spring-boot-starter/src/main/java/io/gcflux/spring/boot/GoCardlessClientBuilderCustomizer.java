package io.gcflux.spring.boot;

import io.gcflux.client.GoCardlessClient;

/** Adjusts the auto-configured client's builder after the properties are applied. */
@FunctionalInterface
public interface GoCardlessClientBuilderCustomizer {
  void customize(GoCardlessClient.Builder builder);
}
