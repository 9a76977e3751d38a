package org.newsgraph.eval;

import org.newsgraph.input.Article;

/**
 * The system being evaluated: turns one article into the rows of the project's contract queries.
 *
 * <p>The harness only ever sees these rows, never the pipeline's classes, so any extractor (or a
 * hand-written fake in a test) can be scored the same way.
 */
@FunctionalInterface
public interface SystemUnderTest {
    GraphRows extract(Article article);
}
