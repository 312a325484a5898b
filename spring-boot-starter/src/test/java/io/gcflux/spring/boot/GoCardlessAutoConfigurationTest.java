package io.gcflux.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.Environment;
import io.gcflux.client.GoCardlessClient;
import io.gcflux.core.error.GoCardlessApiException;
import io.gcflux.testkit.Fault;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import reactor.netty.resources.LoopResources;
import reactor.test.StepVerifier;

class GoCardlessAutoConfigurationTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(GoCardlessAutoConfiguration.class));

  private ApplicationContextRunner againstTheEmulator() {
    return runner.withPropertyValues(
        "gcflux.access-token=" + EMULATOR.accessToken(), "gcflux.base-url=" + EMULATOR.baseUrl());
  }

  @Test
  void buildsOneClientFromThePropertiesThatCallsTheApi() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);

    againstTheEmulator()
        .run(
            context -> {
              assertThat(context).hasSingleBean(GoCardlessClient.class);
              GoCardlessClient client = context.getBean(GoCardlessClient.class);
              assertThat(client.baseUrl()).isEqualTo(EMULATOR.baseUrl());
              StepVerifier.create(client.customers().get(id))
                  .assertNext(customer -> assertThat(customer.id()).isEqualTo(id))
                  .expectComplete()
                  .verify(WAIT);
            });
  }

  @Test
  void picksTheEnvironmentsUrlWhenNoBaseUrlIsSet() {
    runner
        .withPropertyValues("gcflux.access-token=sandbox_x", "gcflux.environment=sandbox")
        .run(
            context ->
                assertThat(context.getBean(GoCardlessClient.class).baseUrl())
                    .isEqualTo(Environment.SANDBOX.baseUrl()));
  }

  @Test
  void appliesTheRetryProperties() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);
    EMULATOR
        .emulator()
        .faults()
        .next(3)
        .on("GET", "/customers/:identity")
        .respondWith(Fault.SERVER_ERROR);

    againstTheEmulator()
        .withPropertyValues("gcflux.retry.max-attempts=2", "gcflux.retry.backoff=10ms")
        .run(
            context -> {
              StepVerifier.create(context.getBean(GoCardlessClient.class).customers().get(id))
                  .expectError(GoCardlessApiException.class)
                  .verify(WAIT);
              assertThat(EMULATOR.emulator().requests()).hasSize(2);
            });
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwnClient() {
    againstTheEmulator()
        .withUserConfiguration(OwnClient.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(GoCardlessClient.class);
              assertThat(context.getBean(GoCardlessClient.class).baseUrl())
                  .isEqualTo("http://127.0.0.1:1");
            });
  }

  @Test
  void failsToStartWithOneMessageNamingTheTokenPropertyWhenItIsMissing() {
    runner.run(
        context -> {
          assertThat(context).hasFailed();
          Throwable failure = context.getStartupFailure();
          FailureAnalysis analysis = new MissingAccessTokenFailureAnalyzer().analyze(failure);
          assertThat(analysis).isNotNull();
          assertThat(analysis.getDescription()).contains("gcflux.access-token");
          assertThat(analysis.getAction()).contains("gcflux.access-token");
        });
  }

  @Test
  void registersTheFailureAnalyzerWithSpringBoot() throws IOException {
    String factories = "";
    for (URL url :
        Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
      try (InputStream in = url.openStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (text.contains("io.gcflux")) {
          factories = text;
        }
      }
    }
    assertThat(factories)
        .contains("org.springframework.boot.diagnostics.FailureAnalyzer")
        .contains(MissingAccessTokenFailureAnalyzer.class.getName());
  }

  @Test
  void closesTheClientWithTheContext() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);
    GoCardlessClient[] client = new GoCardlessClient[1];

    againstTheEmulator()
        .run(
            context -> {
              client[0] = context.getBean(GoCardlessClient.class);
              StepVerifier.create(client[0].customers().get(id))
                  .expectNextCount(1)
                  .expectComplete()
                  .verify(WAIT);
              assertThat(client[0].poolStats().total()).isEqualTo(1);
            });

    assertThat(client[0].poolStats().total()).isZero();
  }

  @Test
  void runsOnTheApplicationsEventLoops() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);

    againstTheEmulator()
        .withUserConfiguration(ApplicationLoops.class)
        .run(
            context ->
                StepVerifier.create(
                        context
                            .getBean(GoCardlessClient.class)
                            .customers()
                            .get(id)
                            .map(customer -> Thread.currentThread().getName()))
                    .assertNext(thread -> assertThat(thread).startsWith("app-loops"))
                    .expectComplete()
                    .verify(WAIT));
  }

  @Test
  void observesCallsThroughTheApplicationsRegistries() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);

    againstTheEmulator()
        .withUserConfiguration(Registries.class)
        .run(
            context -> {
              StepVerifier.create(context.getBean(GoCardlessClient.class).customers().get(id))
                  .expectNextCount(1)
                  .expectComplete()
                  .verify(WAIT);
              TestObservationRegistryAssert.assertThat(
                      context.getBean(TestObservationRegistry.class))
                  .hasObservationWithNameEqualTo("gcflux.client.requests")
                  .that()
                  .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                  .hasLowCardinalityKeyValue("action", "get");
              assertThat(
                      context
                          .getBean(SimpleMeterRegistry.class)
                          .get("gcflux.client.rate-limit.remaining")
                          .gauge()
                          .value())
                  .isPositive();
            });
  }

  @Test
  void describesEveryPropertyForTheIde() throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(metadata)
          .contains(
              "\"gcflux.access-token\"",
              "\"gcflux.environment\"",
              "\"gcflux.base-url\"",
              "\"gcflux.max-connections\"",
              "\"gcflux.connect-timeout\"",
              "\"gcflux.response-timeout\"",
              "\"gcflux.call-timeout\"",
              "\"gcflux.retry.max-attempts\"",
              "\"gcflux.retry.backoff\"",
              "\"gcflux.webhook.secret\"",
              "\"gcflux.webhook.path\"");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean
    GoCardlessClient myClient() {
      return GoCardlessClient.builder().accessToken("mine").baseUrl("http://127.0.0.1:1").build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class ApplicationLoops {
    @Bean
    ReactorResourceFactory reactorResourceFactory() {
      ReactorResourceFactory factory = new ReactorResourceFactory();
      factory.setUseGlobalResources(false);
      factory.setLoopResourcesSupplier(() -> LoopResources.create("app-loops", 1, true));
      return factory;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registries {
    @Bean
    TestObservationRegistry observationRegistry() {
      return TestObservationRegistry.create();
    }

    @Bean
    SimpleMeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
