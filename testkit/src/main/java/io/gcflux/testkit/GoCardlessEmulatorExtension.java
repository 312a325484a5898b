package io.gcflux.testkit;

import io.gcflux.testkit.internal.EmulatorState;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link GoCardlessEmulator} for a test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static GoCardlessEmulatorExtension emulator = new GoCardlessEmulatorExtension();
 * }</pre>
 *
 * <p>Registered on a static field, the emulator starts before all tests and stops after them. Each
 * test starts from the state that existed when the first test began, so data seeded in
 * {@code @BeforeAll} is kept while what one test creates is not seen by the next; faults, the
 * rate-limit budget and the request journal are cleared too. Registered on an instance field, the
 * emulator lives for one test.
 */
public final class GoCardlessEmulatorExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private final GoCardlessEmulator emulator;
  private final boolean isolateTests;
  private boolean startedForClass;
  private boolean startedForTest;
  private EmulatorState baseline;

  public GoCardlessEmulatorExtension() {
    this(GoCardlessEmulator.builder());
  }

  public GoCardlessEmulatorExtension(GoCardlessEmulator.Builder builder) {
    this(builder, true);
  }

  /**
   * @param isolateTests whether each test starts from the state the first test started with
   */
  public GoCardlessEmulatorExtension(GoCardlessEmulator.Builder builder, boolean isolateTests) {
    this.emulator = builder.build();
    this.isolateTests = isolateTests;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator.start();
    startedForClass = true;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (startedForClass) {
      emulator.stop();
      startedForClass = false;
      baseline = null;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!emulator.isRunning()) {
      emulator.start();
      startedForTest = true;
      return;
    }
    if (!isolateTests) {
      return;
    }
    if (baseline == null) {
      baseline = emulator.snapshot();
    } else {
      emulator.restore(baseline);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (startedForTest) {
      emulator.stop();
      startedForTest = false;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == GoCardlessEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return emulator;
  }

  public GoCardlessEmulator emulator() {
    return emulator;
  }

  public String baseUrl() {
    return emulator.baseUrl();
  }

  public String accessToken() {
    return emulator.accessToken();
  }

  /** Clears everything, including what {@code @BeforeAll} seeded, for the rest of this test. */
  public void reset() {
    emulator.reset();
  }

  public Faults faults() {
    return emulator.faults();
  }
}
