package io.gcflux.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The {@code User-Agent} every request carries: gcflux's version and the Java runtime's. */
final class UserAgent {
  static final String VALUE =
      "gcflux/" + version() + " (Java " + System.getProperty("java.version") + "; reactor-netty)";

  private UserAgent() {}

  static String version() {
    try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
