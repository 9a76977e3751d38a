package org.newsgraph.query;

/**
 * A library query file that cannot be used: a bad header or a SPARQL syntax error.
 * The message starts with {@code file:line:} so an editor or a terminal can jump to it.
 */
public class MalformedQueryException extends RuntimeException {
    private final String file;
    private final int line;

    public MalformedQueryException(String file, int line, String reason) {
        this(file, line, reason, null);
    }

    public MalformedQueryException(String file, int line, String reason, Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    /** The file name, e.g. {@code events.rq}. */
    public String file() { return file; }

    /** The 1-based line in that file. */
    public int line() { return line; }
}
