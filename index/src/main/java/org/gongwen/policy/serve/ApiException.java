package org.gongwen.policy.serve;

/**
 * A request that gets an error answer: the HTTP status, a short machine code ({@code bad-request},
 * {@code not-found}, {@code too-large}, {@code busy}, …) and a message for people. Written as JSON
 * {@code {"error": code, "message": message}}.
 */
public final class ApiException extends RuntimeException {

  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad-request", message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not-found", message);
  }

  public static ApiException tooLarge(String message) {
    return new ApiException(413, "too-large", message);
  }

  public static ApiException busy(String message) {
    return new ApiException(503, "busy", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
