package org.newsgraph.input;

/** Input that cannot be read as an article; the message names the file (and line) at fault. */
public class InputException extends RuntimeException {
    public InputException(String message) { super(message); }
    public InputException(String message, Throwable cause) { super(message, cause); }
}
