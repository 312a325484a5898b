package io.gcflux.testkit;

import io.gcflux.testkit.internal.PathTemplate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fault injection rules, matched in the order they were added. A rule applies to the next {@code n}
 * matching requests and then disappears, so normal behaviour resumes by itself.
 *
 * <pre>{@code
 * emulator.faults().next(2).on("POST", "/payments").respondWith(Fault.SERVER_ERROR);
 * emulator.faults().next(1).on("GET", "/payments/:identity").respondWith(Fault.CONNECTION_RESET);
 * }</pre>
 */
public final class Faults {
  private final List<Rule> rules = new ArrayList<>();

  Faults() {}

  /** Starts a rule for the next {@code count} matching requests. */
  public Selector next(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    return new Selector(count);
  }

  /** Starts a rule that applies until {@link #clear()} or a reset. */
  public Selector always() {
    return new Selector(Long.MAX_VALUE);
  }

  public synchronized void clear() {
    rules.clear();
  }

  /** How many faults are still to be served, summed over the rules. */
  public synchronized long pending() {
    long total = 0;
    for (Rule rule : rules) {
      total = rule.remaining == Long.MAX_VALUE ? Long.MAX_VALUE : total + rule.remaining;
      if (total == Long.MAX_VALUE) {
        return total;
      }
    }
    return total;
  }

  synchronized Optional<Fault> take(String method, String path) {
    List<String> segments = PathTemplate.segments(path);
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if (rule.matches(method, path, segments)) {
        if (rule.remaining != Long.MAX_VALUE && --rule.remaining == 0) {
          it.remove();
        }
        return Optional.of(rule.fault);
      }
    }
    return Optional.empty();
  }

  private synchronized void add(Rule rule) {
    rules.add(rule);
  }

  /** Chooses which requests a rule applies to; without {@code on...} it applies to all. */
  public final class Selector {
    private final long count;
    private String method;
    private List<String> template;
    private Pattern pattern;

    private Selector(long count) {
      this.count = count;
    }

    /**
     * Matches a method ({@code null} for any) and a path template such as {@code /payments} or
     * {@code /payments/:identity/actions/cancel} ({@code null} for any path).
     */
    public Selector on(String method, String pathTemplate) {
      this.method = method;
      this.template = pathTemplate == null ? null : PathTemplate.segments(pathTemplate);
      this.pattern = null;
      return this;
    }

    /** Matches a method ({@code null} for any) and a regular expression over the whole path. */
    public Selector onPathMatching(String method, String pathRegex) {
      this.method = method;
      this.template = null;
      this.pattern = pathRegex == null ? null : Pattern.compile(pathRegex);
      return this;
    }

    public Faults respondWith(Fault fault) {
      add(new Rule(count, method, template, pattern, java.util.Objects.requireNonNull(fault)));
      return Faults.this;
    }
  }

  private static final class Rule {
    private long remaining;
    private final String method;
    private final List<String> template;
    private final Pattern pattern;
    private final Fault fault;

    private Rule(
        long remaining, String method, List<String> template, Pattern pattern, Fault fault) {
      this.remaining = remaining;
      this.method = method == null ? null : method.toUpperCase(Locale.ROOT);
      this.template = template;
      this.pattern = pattern;
      this.fault = fault;
    }

    private boolean matches(String requestMethod, String path, List<String> segments) {
      if (method != null && !method.equals(requestMethod)) {
        return false;
      }
      if (template != null && PathTemplate.score(template, segments) < 0) {
        return false;
      }
      return pattern == null || pattern.matcher(path).matches();
    }
  }
}
