package io.gcflux.samples.batch;

import java.util.ArrayList;
import java.util.List;

/** Reads and writes one CSV line (RFC 4180 quoting, no line breaks inside fields). */
final class CsvLine {
  private CsvLine() {}

  static List<String> parse(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  static String format(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String value =
          fields.get(i) == null ? "" : fields.get(i).replace('\n', ' ').replace('\r', ' ');
      if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        line.append(value);
      }
    }
    return line.toString();
  }
}
