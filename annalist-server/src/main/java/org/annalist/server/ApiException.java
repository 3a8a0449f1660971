package org.annalist.server;

/**
 * A request the API answers with an error status and a JSON body {@code {"error": message,
 * "status": status}}.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /** An error answered with {@code status} (4xx or 5xx) and {@code message}. */
  public ApiException(int status, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
  }

  /** 400: parameter {@code name} is wrong; {@code problem} says how. */
  public static ApiException badParameter(String name, String problem) {
    return new ApiException(400, "parameter '" + name + "': " + problem);
  }

  /** 404: {@code what} is not there. */
  public static ApiException notFound(String what) {
    return new ApiException(404, what + " not found");
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }
}
