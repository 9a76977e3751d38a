package org.newsgraph.store;

/** The database folder is held by another process (a running server or ingest). */
public class StoreLockedException extends RuntimeException {
    public StoreLockedException(String message, Throwable cause) { super(message, cause); }
}
