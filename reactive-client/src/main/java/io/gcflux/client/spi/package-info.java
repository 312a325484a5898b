/**
 * The contract between the generated services and the runtime that sends their calls: each service
 * method builds one {@link io.gcflux.client.spi.TypedCall} and hands it to an {@link
 * io.gcflux.client.spi.ApiRuntime}.
 *
 * <p>For implementers and tests (a runtime that records calls, or one over another HTTP stack);
 * applications call the services through {@code GoCardlessClient} and never need this package.
 */
package io.gcflux.client.spi;
