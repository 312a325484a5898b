package io.gcflux.client.export;

import io.gcflux.core.json.GoCardlessJson;

/**
 * How an export writes its records: an optional header, then each record as one line.
 *
 * @param <T> the record type
 */
public interface ExportFormat<T> {
  /** The text written once at the start of the file, newline included; empty for none. */
  String header();

  /** Appends one record, newline included. */
  void append(T record, StringBuilder out);

  /** One JSON object per line, exactly as the API sent the resource (unknown fields included). */
  static <T> ExportFormat<T> ndjson() {
    return new ExportFormat<>() {
      @Override
      public String header() {
        return "";
      }

      @Override
      public void append(T record, StringBuilder out) {
        out.append(GoCardlessJson.toJson(record)).append('\n');
      }
    };
  }
}
