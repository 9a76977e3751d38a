package org.newsgraph.serve;

import java.nio.file.Path;

/**
 * How the server is exposed.
 *
 * @param port          TCP port
 * @param loopbackOnly  listen on 127.0.0.1 only (the default); false listens on every interface
 * @param passwordFile  Jetty realm file ({@code user: password, role}); when given, SPARQL Update
 *                      is enabled at {@code /kg/update} for the users listed there. Without it
 *                      nothing is writable.
 */
public record ServerSettings(int port, boolean loopbackOnly, Path passwordFile) {
    public static ServerSettings defaults() { return new ServerSettings(3030, true, null); }
}
