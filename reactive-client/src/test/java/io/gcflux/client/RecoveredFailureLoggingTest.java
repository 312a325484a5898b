package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.gcflux.testkit.Fault;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Failures the retry policy recovers from stay below WARN, in gcflux and in Reactor Netty. */
class RecoveredFailureLoggingTest {
  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final Logger reactor = (Logger) LoggerFactory.getLogger("reactor");
  private final Logger netty = (Logger) LoggerFactory.getLogger("io.netty");
  private Level reactorLevel;
  private Level nettyLevel;
  private GoCardlessClient client;

  @BeforeEach
  void capture() {
    // INFO is what users run with: anything at WARN or above would reach them.
    reactorLevel = reactor.getLevel();
    nettyLevel = netty.getLevel();
    reactor.setLevel(Level.INFO);
    netty.setLevel(Level.INFO);
    appender.start();
    root.addAppender(appender);
    client = EmulatorClients.quickRetries(EMULATOR).responseTimeout(Duration.ofMillis(300)).build();
  }

  @AfterEach
  void release() {
    client.close();
    root.detachAppender(appender);
    reactor.setLevel(reactorLevel);
    netty.setLevel(nettyLevel);
  }

  @Test
  void resetsAndReadTimeoutsThatARetryRecoversLogNothingAtWarn() {
    List<String> ids = EMULATOR.emulator().seedCustomers(1);
    StepVerifier.create(
            Flux.just(
                    Fault.CONNECTION_RESET,
                    Fault.CONNECTION_RESET,
                    Fault.fixedDelay(Duration.ofSeconds(2)))
                .concatMap(
                    fault ->
                        Mono.defer(
                            () -> {
                              EMULATOR
                                  .emulator()
                                  .faults()
                                  .next(1)
                                  .on("GET", "/customers/:identity")
                                  .respondWith(fault);
                              return client.customers().withResponse().get(ids.get(0));
                            })))
        .expectNextMatches(r -> r.attempts() >= 2)
        .expectNextMatches(r -> r.attempts() >= 2)
        .expectNextMatches(r -> r.attempts() >= 2)
        .expectComplete()
        .verify(Duration.ofSeconds(30));

    List<String> loud =
        appender.list.stream()
            .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
            .map(e -> e.getLoggerName() + " " + e.getFormattedMessage())
            .collect(Collectors.toList());
    assertThat(loud).isEmpty();
  }
}
