/**
 * GoCardless resources, params, errors, JSON mapping and webhooks. No network code.
 *
 * <p>Exports the public packages only. Generated resources and params are opened to Jackson
 * databind alone: they decode and encode through private {@code @JsonCreator} constructors and
 * {@code @JsonValue} methods, which nothing else may reach.
 */
// The client module the qualified export names is compiled after this one.
@SuppressWarnings("module")
module io.gcflux.core {
  // GoCardlessJson.mapper() hands out the ObjectMapper that keeps resources lossless.
  requires transitive com.fasterxml.jackson.databind;
  // @Generated is kept in the source only.
  requires static java.compiler;

  exports io.gcflux.core;
  exports io.gcflux.core.error;
  exports io.gcflux.core.json;
  exports io.gcflux.core.model;
  exports io.gcflux.core.params;
  exports io.gcflux.webhook;

  // The client's runtime builds requests and decodes responses with these; users may not.
  exports io.gcflux.core.internal to
      io.gcflux.client;
  exports io.gcflux.core.internal.http to
      io.gcflux.client;

  opens io.gcflux.core.model to
      com.fasterxml.jackson.databind;
  opens io.gcflux.core.params to
      com.fasterxml.jackson.databind;

  // Resource only (the API description, gocardless-api.json), so javac reports the package as
  // empty. Open to every module: api-model reads it through a class loader for the emulator.
  opens io.gcflux.core.api;
}
