/**
 * What one API call takes and gives beyond its params and result: {@link
 * io.gcflux.client.call.RequestOptions} in, {@link io.gcflux.client.call.ApiResponse} and {@link
 * io.gcflux.client.call.RateLimit} out.
 *
 * <p>A leaf: it names nothing else of the client, so the services, the SPI and the runtime can all
 * use it without depending on the client facade.
 */
package io.gcflux.client.call;
