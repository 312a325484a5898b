package io.gcflux.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.testkit.internal.ApiException;
import io.gcflux.testkit.internal.ApiRequest;
import io.gcflux.testkit.internal.ApiResponse;
import io.gcflux.testkit.internal.EmulatorState;
import io.gcflux.testkit.internal.ExampleResponses;
import io.gcflux.testkit.internal.Json;
import io.gcflux.testkit.internal.RateLimiter;
import io.gcflux.testkit.internal.ResourceHandler;
import io.gcflux.testkit.internal.Router;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The order GoCardless applies its checks in: faults first (they stand for the network), then the
 * rate limit, authentication, routing and finally the resource logic.
 */
final class RequestDispatcher {
  private final EmulatorState state;
  private final Router router;
  private final ResourceHandler handler;
  private final Faults faults;
  private final RateLimiter rateLimiter;
  private final String accessToken;

  RequestDispatcher(
      EmulatorState state, Faults faults, RateLimiter rateLimiter, String accessToken) {
    this.state = state;
    this.router = new Router(state.model());
    this.handler = new ResourceHandler(state);
    this.faults = faults;
    this.rateLimiter = rateLimiter;
    this.accessToken = accessToken;
  }

  ApiResponse dispatch(ApiRequest request) {
    String requestId = UUID.randomUUID().toString();
    Optional<Fault> fault = faults.take(request.method(), request.path());
    ApiResponse response;
    if (fault.isPresent() && !fault.get().isDelay()) {
      response = FaultResponses.render(fault.get(), request, router, requestId, rateLimiter);
    } else {
      response = normal(request, requestId);
      fault.ifPresent(f -> delay(response, f));
    }
    return response.header("x-request-id", requestId);
  }

  private static void delay(ApiResponse response, Fault fault) {
    if (fault.kind() == Fault.Kind.FIXED_DELAY) {
      response.fixedDelay((int) fault.minDelayMillis());
    } else {
      response.randomDelay((int) fault.minDelayMillis(), (int) fault.maxDelayMillis());
    }
  }

  private ApiResponse normal(ApiRequest request, String requestId) {
    RateLimiter.Decision decision = rateLimiter.acquire();
    ApiResponse response;
    try {
      if (!decision.allowed()) {
        response = error(rateLimited(), requestId);
        response.header("Retry-After", Long.toString(decision.retryAfter()));
      } else {
        authenticate(request);
        Router.Route route =
            router
                .resolve(request.method(), request.path())
                .orElseThrow(
                    () ->
                        ApiException.usage(
                            404, "path_not_found", "Path " + request.path() + " not found"));
        synchronized (state) {
          response = handler.handle(route, request);
        }
      }
    } catch (ApiException e) {
      response = error(e, requestId);
    }
    return withRateLimitHeaders(response, decision);
  }

  static ApiResponse withRateLimitHeaders(ApiResponse response, RateLimiter.Decision decision) {
    return response
        .header("RateLimit-Limit", Integer.toString(decision.limit()))
        .header("RateLimit-Remaining", Integer.toString(decision.remaining()))
        .header("RateLimit-Reset", decision.resetHeader());
  }

  static ApiException rateLimited() {
    return ApiException.usage(
        429, "rate_limit_exceeded", "Too many requests, please retry after the rate limit resets");
  }

  private void authenticate(ApiRequest request) {
    String header = request.header("Authorization");
    if (header == null || header.isBlank()) {
      throw unauthorized("missing_authorization_header", "Authorization header is missing");
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthorized(
          "invalid_authorization_header", "Authorization header must be 'Bearer <token>'");
    }
    if (!header.substring(7).trim().equals(accessToken)) {
      throw unauthorized("access_token_not_found", "Access token not found");
    }
  }

  private static ApiException unauthorized(String reason, String message) {
    ObjectNode entry = ApiException.entry(reason, message);
    return new ApiException(401, "invalid_api_usage", message, List.of(entry));
  }

  static ApiResponse error(ApiException e, String requestId) {
    return ApiResponse.json(e.status(), Json.write(e.body(requestId)));
  }

  static String exampleBody(Router router, ApiRequest request) {
    return router
        .resolve(request.method(), request.path())
        .map(route -> Json.write(ExampleResponses.forAction(route.action())))
        .orElse("{\"error\":{\"message\":\"Path not found\",\"type\":\"invalid_api_usage\"}}");
  }
}
