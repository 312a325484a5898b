package io.gcflux.spring.boot.testapp;

import io.gcflux.testkit.GoCardlessEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The same application with Jackson 2 as its own JSON mapper: the snake_case key proves the answer
 * was written by the Jackson 2 mapper Boot configured, while gcflux decoded the payment with its
 * own.
 */
@SpringBootTest(
    classes = PaymentsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.http.codecs.preferred-json-mapper=jackson2",
      "spring.jackson2.property-naming-strategy=SNAKE_CASE"
    })
@AutoConfigureWebTestClient
class PaymentsApplicationJackson2Test {
  private static final GoCardlessEmulator emulator = GoCardlessEmulator.builder().build().start();

  @Autowired WebTestClient web;

  @DynamicPropertySource
  static void emulatorUrl(DynamicPropertyRegistry registry) {
    registry.add("emulator.base-url", emulator::baseUrl);
  }

  @AfterAll
  static void stopEmulator() {
    emulator.stop();
  }

  @Test
  void servesThePaymentThroughTheApplicationsJackson2Mapper() {
    String paymentId = emulator.seedPayments(1).get(0);

    web.get()
        .uri("/summaries/{id}", paymentId)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.id")
        .isEqualTo(paymentId)
        .jsonPath("$.created_at")
        .isNotEmpty()
        .jsonPath("$.createdAt")
        .doesNotExist();
  }
}
