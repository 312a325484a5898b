package io.gcflux.client.observe;

/** One action of the API as observers see it: names only, never ids, params or bodies. */
public interface ApiOperation {
  /** The resource, for example {@code payments}. */
  String resource();

  /** The action, for example {@code create} or {@code cancel}. */
  String action();

  /** The HTTP method. */
  String method();

  /** The path template, for example {@code /payments/:identity/actions/cancel}: no ids. */
  String path();
}
