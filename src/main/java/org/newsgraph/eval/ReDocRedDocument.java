package org.newsgraph.eval;

import org.newsgraph.input.Article;

import java.util.List;

/**
 * One Re-DocRED document turned into an article: the title as headline, a blank line, then the
 * tokenised sentences rebuilt as text (see {@link TextBuilder}); every gold mention keeps its
 * character span in that text.
 *
 * @param index    position in the source file (0-based)
 * @param entities the gold vertexSet: entity index k is {@code entities.get(k)}
 * @param triples  the gold relation labels
 */
public record ReDocRedDocument(int index, String title, Article article, List<Entity> entities, List<Triple> triples) {

    /** One mention: {@code sentence} and token {@code [tokenBegin, tokenEnd)} as in the file. */
    public record Mention(String name, String type, int sentence, int tokenBegin, int tokenEnd, int begin, int end) {}

    /** A gold entity: a cluster of coreferent mentions. */
    public record Entity(int index, List<Mention> mentions) {
        public String type() { return mentions.isEmpty() ? null : mentions.get(0).type(); }
    }

    /** A gold relation: Wikidata property {@code relation} from entity {@code head} to entity {@code tail}. */
    public record Triple(String relation, int head, int tail, List<Integer> evidence) {}
}
