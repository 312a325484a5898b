package io.gcflux.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing access token into Boot's short start-up report instead of a stack trace. */
class MissingAccessTokenFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingAccessTokenException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingAccessTokenException cause) {
    return new FailureAnalysis(
        "The GoCardless client has no access token: the property "
            + MissingAccessTokenException.PROPERTY
            + " is not set.",
        "Set "
            + MissingAccessTokenException.PROPERTY
            + " (environment variable GCFLUX_ACCESS_TOKEN) to an access token from the GoCardless"
            + " dashboard (Developers > Create > Access token), or define your own"
            + " GoCardlessClient bean.",
        cause);
  }
}
