package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Entry point of {@code ./newsgraph evaluate}: runs a system over each benchmark and returns the
 * summed score. {@code limit} caps the number of documents ({@code <= 0}: all), so tests and
 * quick checks can run a slice; {@code progress} hears about each finished document.
 */
public final class Evaluation {
    private Evaluation() {}

    /** Where the benchmark data lives, seen from the project folder: {@code ../shared/eval-data}. */
    public static Path defaultDataDirectory(Path projectDirectory) {
        return projectDirectory.resolve("../shared/eval-data").normalize();
    }

    /** Our own gold articles ({@code NAME.txt}, {@code NAME.meta.json}, {@code NAME.gold.json}). */
    public static DirectoryScore scoreGold(SystemUnderTest system, Path goldFolder, int limit, EvaluationProgress progress) {
        return DirectoryScore.score(goldFolder, system, limit, progress);
    }

    /** MEANTIME: named entities, links, times, events with actor/target. */
    public static MeantimeScore scoreMeantime(SystemUnderTest system, Path meantimeFolder, int limit,
                                              EvaluationProgress progress) {
        return scoreMeantime(system, meantimeFolder, limit, progress, line -> {});
    }

    /** MEANTIME, and one line per scored actor or target to {@code roleDetail} (see {@link MeantimeScorer}). */
    public static MeantimeScore scoreMeantime(SystemUnderTest system, Path meantimeFolder, int limit,
                                              EvaluationProgress progress, java.util.function.Consumer<String> roleDetail) {
        List<MeantimeDocument> documents = MeantimeCorpus.open(meantimeFolder).documents(limit);
        MeantimeScorer scorer = new MeantimeScorer(roleDetail);
        List<MeantimeScore> scores = new ArrayList<>();
        int done = 0;
        for (MeantimeDocument doc : documents) {
            scores.add(scorer.score(doc, system.extract(doc.article())));
            progress.documentDone(++done, documents.size(), doc.name());
        }
        return MeantimeScorer.total(scores);
    }

    /**
     * Re-DocRED, end to end, on the relation ids our ontology maps to: the test split of the
     * folder, or the split file itself when {@code reDocRedFolder} names one (e.g. {@code
     * dev_revised.json}, for tuning without looking at test; {@code rel_info.json} is read from its
     * folder).
     *
     * @param properties         P-ids to score
     * @param invertedProperties those whose subject in our graph is Wikidata's object (see {@link ReDocRedScorer})
     */
    public static ReDocRedScore scoreReDocRed(SystemUnderTest system, Path reDocRedFolder, Set<String> properties,
                                              Set<String> invertedProperties, int limit, EvaluationProgress progress) {
        return scoreReDocRed(system, reDocRedFolder, properties, invertedProperties, java.util.Map.of(), Set.of(), limit, progress);
    }

    /** As above; {@code impliedProperties} and {@code transitiveProperties}: what statements entail (see {@link ReDocRedScorer}). */
    public static ReDocRedScore scoreReDocRed(SystemUnderTest system, Path reDocRedFolder, Set<String> properties,
                                              Set<String> invertedProperties, java.util.Map<String, Set<String>> impliedProperties,
                                              Set<String> transitiveProperties, int limit, EvaluationProgress progress) {
        ReDocRedScorer scorer = new ReDocRedScorer(properties, invertedProperties, impliedProperties, transitiveProperties);
        return scoreReDocRed(system, reDocRedFolder, List.of(scorer), limit, progress, null).get(0);
    }

    /**
     * Re-DocRED scored by several scorers over one extraction run (the extraction is what costs):
     * e.g. a scorer and its {@link ReDocRedScorer#statedOnly()} twin. {@code items}, if not null,
     * hears every gold and system triple of the first scorer.
     */
    public static List<ReDocRedScore> scoreReDocRed(SystemUnderTest system, Path reDocRedFolder, List<ReDocRedScorer> scorers,
                                                    int limit, EvaluationProgress progress,
                                                    java.util.function.Consumer<ReDocRedScorer.Item> items) {
        Path split = reDocRedSplit(reDocRedFolder);
        ReDocRedCorpus corpus = ReDocRedCorpus.read(split, split.resolveSibling("rel_info.json"), limit);
        List<List<ReDocRedScore>> scores = new ArrayList<>();
        for (int k = 0; k < scorers.size(); k++) scores.add(new ArrayList<>());
        int done = 0;
        for (ReDocRedDocument doc : corpus.documents()) {
            GraphRows rows = system.extract(doc.article());
            for (int k = 0; k < scorers.size(); k++) {
                scores.get(k).add(scorers.get(k).score(doc, rows, k == 0 ? items : null));
            }
            progress.documentDone(++done, corpus.documents().size(), doc.article().id());
        }
        List<ReDocRedScore> totals = new ArrayList<>();
        for (int k = 0; k < scorers.size(); k++) totals.add(scorers.get(k).total(scores.get(k)));
        return totals;
    }

    /** The split file: {@code path} itself when it is a file, else its {@code test_revised.json}. */
    public static Path reDocRedSplit(Path path) {
        return java.nio.file.Files.isRegularFile(path) ? path : path.resolve("test_revised.json");
    }
}
