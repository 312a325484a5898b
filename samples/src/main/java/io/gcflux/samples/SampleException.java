package io.gcflux.samples;

/** A mistake in how a sample was started; the command line prints its message, no stack trace. */
public final class SampleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SampleException(String message) {
    super(message);
  }
}
