package io.gcflux.testkit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.gcflux.testkit.internal.ApiRequest;
import io.gcflux.testkit.internal.ApiResponse;

/** Bridges WireMock's single catch-all stub to the emulator. */
final class EmulatorTransformer implements ResponseDefinitionTransformerV2 {
  static final String NAME = "gcflux-gocardless-emulator";

  private final RequestDispatcher dispatcher;

  EmulatorTransformer(RequestDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    ApiResponse response =
        dispatcher.dispatch(
            ApiRequest.of(
                request.getMethod().getName(),
                request.getUrl(),
                request::getHeader,
                request.getBodyAsString()));
    ResponseDefinitionBuilder builder =
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(response.status())
            .withBody(response.body());
    response.headers().forEach(builder::withHeader);
    if (response.connectionFault() != null) {
      builder.withFault(response.connectionFault());
    }
    if (response.fixedDelayMillis() > 0) {
      builder.withFixedDelay(response.fixedDelayMillis());
    }
    if (response.randomDelayMinMillis() >= 0) {
      builder.withUniformRandomDelay(
          response.randomDelayMinMillis(), response.randomDelayMaxMillis());
    }
    return builder.build();
  }

  @Override
  public String getName() {
    return NAME;
  }
}
