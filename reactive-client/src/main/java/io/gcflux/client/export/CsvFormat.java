package io.gcflux.client.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * CSV (RFC 4180) with columns of the caller's choosing and a header row.
 *
 * <pre>{@code
 * CsvFormat<Payment> csv = CsvFormat.<Payment>builder()
 *     .column("id", Payment::id)
 *     .column("amount", Payment::amount)
 *     .column("currency", Payment::currency)
 *     .build();
 * }</pre>
 *
 * @param <T> the record type
 */
public final class CsvFormat<T> implements ExportFormat<T> {
  private final List<String> names;
  private final List<Function<? super T, ?>> values;
  private final String header;

  private CsvFormat(Map<String, Function<? super T, ?>> columns) {
    this.names = List.copyOf(columns.keySet());
    this.values = List.copyOf(columns.values());
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      appendField(names.get(i), line);
    }
    this.header = line.append('\n').toString();
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** The column names, in order. */
  public List<String> columns() {
    return names;
  }

  @Override
  public String header() {
    return header;
  }

  @Override
  public void append(T record, StringBuilder out) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object value = values.get(i).apply(record);
      if (value != null) {
        appendField(value.toString(), out);
      }
    }
    out.append('\n');
  }

  /** Quotes a field only when it holds a comma, quote or line break, doubling inner quotes. */
  static void appendField(String text, StringBuilder out) {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.append(text);
      return;
    }
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  /** Collects the columns of a {@link CsvFormat}. */
  public static final class Builder<T> {
    private final Map<String, Function<? super T, ?>> columns = new LinkedHashMap<>();

    private Builder() {}

    /** Adds a column; a {@code null} value is written as an empty field. */
    public Builder<T> column(String name, Function<? super T, ?> value) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a CSV column needs a name");
      }
      if (columns.containsKey(name)) {
        throw new IllegalArgumentException("column " + name + " is already defined");
      }
      columns.put(name, Objects.requireNonNull(value, "value"));
      return this;
    }

    public CsvFormat<T> build() {
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("a CSV format needs at least one column: call column()");
      }
      return new CsvFormat<T>(new LinkedHashMap<String, Function<? super T, ?>>(columns));
    }
  }

  @Override
  public String toString() {
    return "CsvFormat" + new ArrayList<>(names);
  }
}
