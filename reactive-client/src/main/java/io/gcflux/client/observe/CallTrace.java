package io.gcflux.client.observe;

import io.gcflux.client.call.ApiResponse;
import reactor.core.publisher.Mono;

/** One call being traced: told of each retry and, through {@link #observe}, of its end. */
public interface CallTrace {
  CallTrace NONE =
      new CallTrace() {
        @Override
        public void retrying() {}

        @Override
        public <R> Mono<ApiResponse<R>> observe(Mono<ApiResponse<R>> call) {
          return call;
        }
      };

  /** An attempt after the first is about to be sent. */
  void retrying();

  /** The call, ending the observation when it succeeds, fails or is cancelled. */
  <R> Mono<ApiResponse<R>> observe(Mono<ApiResponse<R>> call);
}
