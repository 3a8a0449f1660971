package org.annalist.cli;

/** Something the user named does not exist; mapped to {@link ExitCodes#NOT_FOUND}. */
final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotFoundException(String message) {
    super(message);
  }
}
