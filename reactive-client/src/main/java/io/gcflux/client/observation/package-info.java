/**
 * Metrics and traces of API calls through Micrometer. The only package that touches Micrometer, and
 * it is loaded only when a registry is given to the client builder, so applications without
 * Micrometer never need it on their class path.
 */
package io.gcflux.client.observation;
