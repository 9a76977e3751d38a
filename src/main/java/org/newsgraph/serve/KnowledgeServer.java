package org.newsgraph.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.newsgraph.query.QueryLibrary;

/**
 * The published knowledge graph: embedded Fuseki over the store, in the secure shape the
 * NOTES prescribe — read-only SPARQL at {@code /kg/sparql}, graph store reads at {@code /kg/get},
 * every library query at {@code /kg/queries/NAME}, loopback only, no federated SERVICE calls,
 * query timeouts, and updates only for users in a password file.
 */
public final class KnowledgeServer {
    public static final String DATASET = "/kg";

    private KnowledgeServer() {}

    public static FusekiServer build(Dataset dataset, QueryLibrary library, ServerSettings settings) {
        // SERVICE would let any client make this server fetch arbitrary URLs (SSRF).
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        // First result within 10 s, whole query within 60 s; clients can only lower it.
        dataset.getContext().set(ARQ.queryTimeout, "10000,60000");

        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                // Read-only standard services: SPARQL query at /kg/sparql (and /kg/query), graph store reads at /kg/get.
                .add(DATASET, dataset, false)
                .addServlet(DATASET + "/queries/*", new LibraryQueryServlet(dataset, library))
                // "" is the servlet spec's exact match for the root; Fuseki itself maps "/" (its 404 servlet).
                .addServlet("", new IndexServlet(library));
        if (settings.passwordFile() != null) {
            builder.passwordFile(settings.passwordFile().toString())
                    .auth(AuthScheme.BASIC)
                    .addEndpoint(DATASET, "update", Operation.Update, Auth.ANY_USER);
        }
        return builder.build();
    }
}
