package io.gcflux.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.testkit.internal.ApiException;
import io.gcflux.testkit.internal.ApiRequest;
import io.gcflux.testkit.internal.ApiResponse;
import io.gcflux.testkit.internal.RateLimiter;
import io.gcflux.testkit.internal.Router;
import java.util.List;

/** Renders the answer of a fault that replaces normal handling. */
final class FaultResponses {
  private FaultResponses() {}

  static ApiResponse render(
      Fault fault, ApiRequest request, Router router, String requestId, RateLimiter rateLimiter) {
    switch (fault.kind()) {
      case CONNECTION_RESET:
        return ApiResponse.connectionFault(
            com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
      case EMPTY_RESPONSE:
        return ApiResponse.connectionFault(
            com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE);
      case RANDOM_DATA_THEN_CLOSE:
        return ApiResponse.connectionFault(
            com.github.tomakehurst.wiremock.http.Fault.RANDOM_DATA_THEN_CLOSE);
      case MALFORMED_RESPONSE_CHUNK:
        return ApiResponse.connectionFault(
            com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK);
      case SERVER_ERROR:
        return RequestDispatcher.error(serverError(), requestId);
      case BAD_GATEWAY:
        return html(502, "Bad Gateway");
      case SERVICE_UNAVAILABLE:
        return html(503, "Service Unavailable");
      case TRUNCATED_JSON:
        {
          String body = RequestDispatcher.exampleBody(router, request);
          return ApiResponse.json(200, body.substring(0, body.length() / 2));
        }
      case RATE_LIMITED:
        {
          ApiResponse response =
              RequestDispatcher.error(RequestDispatcher.rateLimited(), requestId)
                  .header("Retry-After", Integer.toString(fault.retryAfterSeconds()));
          RateLimiter.Decision decision = rateLimiter.peek();
          return RequestDispatcher.withRateLimitHeaders(response, decision)
              .header("RateLimit-Remaining", "0");
        }
      default:
        throw new IllegalStateException("Not a replacing fault: " + fault);
    }
  }

  private static ApiException serverError() {
    ObjectNode entry =
        ApiException.entry(
            "internal_server_error",
            "Uh-oh! We're having some trouble. Our engineering team have been notified.");
    return new ApiException(500, "gocardless", "Uh-oh! We're having some trouble.", List.of(entry));
  }

  private static ApiResponse html(int status, String reason) {
    String body =
        "<html>\r\n<head><title>"
            + status
            + " "
            + reason
            + "</title></head>\r\n<body>\r\n<center><h1>"
            + status
            + " "
            + reason
            + "</h1></center>\r\n</body>\r\n</html>\r\n";
    return new ApiResponse(status, "text/html", body);
  }
}
