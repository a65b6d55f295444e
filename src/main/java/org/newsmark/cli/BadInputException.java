package org.newsmark.cli;

/** Bad input found by the command line itself (a missing database, an unknown label): exit code 2. */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
