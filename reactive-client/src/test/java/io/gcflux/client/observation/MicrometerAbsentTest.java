package io.gcflux.client.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs a plain client in a class loader that has every jar of the test class path except
 * Micrometer's: if building it or calling the API touched any Micrometer class, the call would fail
 * with {@link NoClassDefFoundError}.
 */
class MicrometerAbsentTest {
  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  @Test
  void aClientWithoutRegistriesCallsTheApiWithNoMicrometerOnTheClassPath() throws Exception {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);

    try (URLClassLoader withoutMicrometer =
        new URLClassLoader(classPathWithoutMicrometer(), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(
              () -> withoutMicrometer.loadClass("io.micrometer.observation.ObservationRegistry"))
          .isInstanceOf(ClassNotFoundException.class);

      Object fetched =
          withoutMicrometer
              .loadClass(PlainCall.class.getName())
              .getMethod("customerId", String.class, String.class, String.class)
              .invoke(null, EMULATOR.baseUrl(), EMULATOR.accessToken(), id);

      assertThat(fetched).isEqualTo(id);
    }
  }

  private static URL[] classPathWithoutMicrometer() {
    // Surefire launches through a manifest-only jar; the real class path is in this property.
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Stream.of(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.contains("micrometer"))
        .map(MicrometerAbsentTest::url)
        .toArray(URL[]::new);
  }

  private static URL url(String entry) {
    try {
      return new File(entry).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(entry, e);
    }
  }

  /** Loaded again by the isolated class loader, with the client classes it sees. */
  public static final class PlainCall {
    private PlainCall() {}

    public static String customerId(String baseUrl, String accessToken, String id) {
      try (GoCardlessClient client =
          GoCardlessClient.builder().accessToken(accessToken).baseUrl(baseUrl).build()) {
        return client.customers().get(id).block(Duration.ofSeconds(30)).id();
      }
    }
  }
}
