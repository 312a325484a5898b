package io.gcflux.client;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import reactor.netty.transport.ProxyProvider;

/**
 * An HTTP proxy the client tunnels its connections through ({@code CONNECT}), with optional
 * credentials and hosts that bypass it. Immutable; build with {@link #builder()} or pass a {@code
 * Consumer} to {@link GoCardlessClient.Builder#proxy(Consumer)}.
 *
 * <pre>{@code
 * GoCardlessClient.builder()
 *     .proxy(p -> p.host("proxy.internal").port(3128).credentials("svc-payments", secret))
 * }</pre>
 */
public final class Proxy {
  private final String host;
  private final int port;
  private final String username;
  private final String password;
  private final String nonProxyHosts;

  private Proxy(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.username = builder.username;
    this.password = builder.password;
    this.nonProxyHosts = builder.nonProxyHosts;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The proxy's host name or address. */
  public String host() {
    return host;
  }

  /** The proxy's port. */
  public int port() {
    return port;
  }

  /** The user name sent in {@code Proxy-Authorization}, or {@code null} for none. */
  public String username() {
    return username;
  }

  /** Whether a password is set; the password itself is never handed out or printed. */
  public boolean hasPassword() {
    return password != null;
  }

  /** A regular expression of hosts reached directly, or {@code null} when every host is proxied. */
  public String nonProxyHosts() {
    return nonProxyHosts;
  }

  /** Applies this proxy to a Reactor Netty proxy specification. */
  void configure(ProxyProvider.TypeSpec spec) {
    ProxyProvider.Builder proxy = spec.type(ProxyProvider.Proxy.HTTP).host(host).port(port);
    if (username != null) {
      String secret = password;
      proxy.username(username).password(name -> secret);
    }
    if (nonProxyHosts != null) {
      proxy.nonProxyHosts(nonProxyHosts);
    }
  }

  @Override
  public String toString() {
    return "Proxy{"
        + host
        + ":"
        + port
        + (username != null ? ", username=" + username : "")
        + (password != null ? ", password=(hidden)" : "")
        + (nonProxyHosts != null ? ", nonProxyHosts=" + nonProxyHosts : "")
        + "}";
  }

  /** Builds a {@link Proxy}; {@link #host} and {@link #port} are required. */
  public static final class Builder {
    private String host;
    private int port;
    private String username;
    private String password;
    private String nonProxyHosts;

    private Builder() {}

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Credentials for proxies that answer {@code 407 Proxy Authentication Required}. */
    public Builder credentials(String username, String password) {
      this.username = username;
      this.password = password;
      return this;
    }

    /**
     * Hosts reached without the proxy, as a Java regular expression matched against the whole host
     * name, for example {@code "localhost|.*\\.internal"}.
     */
    public Builder nonProxyHosts(String regex) {
      this.nonProxyHosts = regex;
      return this;
    }

    public Proxy build() {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("proxy host is required: call host(...) before build()");
      }
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException("proxy port must be 1..65535, was " + port);
      }
      if (username != null && username.isBlank()) {
        throw new IllegalArgumentException("proxy username must not be blank");
      }
      if (username == null && password != null) {
        throw new IllegalArgumentException("proxy password given without a username");
      }
      if (nonProxyHosts != null) {
        try {
          Pattern.compile(nonProxyHosts);
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(
              "nonProxyHosts is not a valid regular expression: " + e.getDescription(), e);
        }
      }
      return new Proxy(this);
    }
  }
}
