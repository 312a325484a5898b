package io.gcflux.spring.boot;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.client.retry.RetryPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * One {@link GoCardlessClient} from the {@code gcflux.*} properties, closed with the context, on
 * the application's event loops and observation registry when it has them.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration"
    })
@ConditionalOnClass(GoCardlessClient.class)
@EnableConfigurationProperties(GoCardlessProperties.class)
public class GoCardlessAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public GoCardlessClient goCardlessClient(
      GoCardlessProperties properties,
      ObjectProvider<GoCardlessClientBuilderCustomizer> customizers) {
    if (properties.getAccessToken() == null || properties.getAccessToken().isBlank()) {
      throw new MissingAccessTokenException();
    }
    GoCardlessClient.Builder builder =
        GoCardlessClient.builder()
            .accessToken(properties.getAccessToken())
            .environment(properties.getEnvironment());
    PropertyMapper map = PropertyMapper.get();
    map.from(properties.getBaseUrl()).whenHasText().to(builder::baseUrl);
    map.from(properties.getMaxConnections()).to(builder::maxConnections);
    map.from(properties.getConnectTimeout()).to(builder::connectTimeout);
    map.from(properties.getResponseTimeout()).to(builder::responseTimeout);
    map.from(properties.getCallTimeout()).to(builder::callTimeout);
    builder.retryPolicy(retryPolicy(properties.getRetry()));
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  private static RetryPolicy retryPolicy(GoCardlessProperties.Retry retry) {
    RetryPolicy defaults = RetryPolicy.defaults();
    RetryPolicy.Builder policy =
        RetryPolicy.builder()
            .maxAttempts(defaults.maxAttempts())
            .baseDelay(defaults.baseDelay())
            .maxDelay(defaults.maxDelay())
            .jitter(defaults.jitter());
    PropertyMapper map = PropertyMapper.get();
    map.from(retry.getMaxAttempts()).to(policy::maxAttempts);
    map.from(retry.getBackoff()).to(policy::baseDelay);
    map.from(retry.getMaxBackoff()).to(policy::maxDelay);
    return policy.build();
  }

  /** Puts the client on the application's event loops, so the process has one set. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ReactorResourceFactory.class)
  static class ReactorResourcesConfiguration {
    @Bean
    GoCardlessClientBuilderCustomizer goCardlessReactorResources(
        ObjectProvider<ReactorResourceFactory> factory) {
      return builder ->
          factory.ifUnique(
              resources -> builder.loopResources(new ApplicationLoopResources(resources)));
    }
  }

  /** Observes every call through the application's observation registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ObservationRegistry.class)
  static class ObservationConfiguration {
    @Bean
    GoCardlessClientBuilderCustomizer goCardlessObservations(
        ObjectProvider<ObservationRegistry> registry) {
      return builder -> registry.ifUnique(builder::observationRegistry);
    }
  }

  /** Publishes the retry counter, the rate-limit gauge and the pool gauges. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class MetricsConfiguration {
    @Bean
    GoCardlessClientBuilderCustomizer goCardlessMeters(ObjectProvider<MeterRegistry> registry) {
      return builder -> registry.ifUnique(builder::meterRegistry);
    }
  }
}
