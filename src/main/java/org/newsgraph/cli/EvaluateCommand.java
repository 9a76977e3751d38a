package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.newsgraph.eval.DirectoryScore;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.EvaluationProgress;
import org.newsgraph.eval.EvaluationTable;
import org.newsgraph.eval.GoldScore;
import org.newsgraph.eval.MeantimeScore;
import org.newsgraph.eval.ReDocRedCorpus;
import org.newsgraph.eval.ReDocRedScore;
import org.newsgraph.eval.ReDocRedScorer;
import org.newsgraph.extract.Extractor;
import org.newsgraph.nlp.CoreNlpAnalyzer;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Ontology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph evaluate}: scores the pipeline against gold files and public benchmarks. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the extraction end to end (through the contract queries) against:",
                "  --gold DIR      gold files in the GOLD-FORMAT (NAME.txt, NAME.meta.json, NAME.gold.json);",
                "                  --texts DIR supplies the NAME.txt files when they live elsewhere (matched by title)",
                "  --meantime DIR  the MEANTIME English corpus (entities, links, times, event participants)",
                "  --redocred DIR  the Re-DocRED test split (relations the ontology maps to Wikidata);",
                "                  a split file instead of DIR (e.g. DIR/dev_revised.json) scores that split",
                "Prints one table per benchmark; --limit N runs a slice."})
final class EvaluateCommand implements Callable<Integer> {
    /** Properties whose Wikidata direction is the reverse of ours (office → holder vs holder → office). */
    private static final Set<String> INVERTED = Set.of("P35", "P6", "P169");

    @Option(names = "--gold", paramLabel = "DIR") Path gold;
    @Option(names = "--texts", paramLabel = "DIR") Path texts;
    @Option(names = "--meantime", paramLabel = "DIR") Path meantime;
    @Option(names = "--redocred", paramLabel = "DIR") Path redocred;
    @Option(names = "--limit", defaultValue = "0", description = "Documents per benchmark (0 = all).") int limit;
    @Option(names = "--markdown", description = "Print tables as Markdown.") boolean markdown;
    @Option(names = "--untargeted-events", description = "Score an extractor that also states acts with no target found (see ingest).")
    boolean untargetedEvents;
    @Option(names = "--detail", description = "For gold files: list every gold item, found or why missed; for MEANTIME: every scored actor and target; for Re-DocRED: every gold and system triple, tab-separated.") boolean detail;

    @Override
    public Integer call() throws IOException {
        if (gold == null && meantime == null && redocred == null) {
            throw new IllegalArgumentException("say what to score: --gold DIR, --meantime DIR and/or --redocred DIR");
        }
        Extractor extractor = untargetedEvents ? Extractor.builtIn().withUntargetedEvents() : Extractor.builtIn();
        PipelineUnderTest system = new PipelineUnderTest(CoreNlpAnalyzer.shared(), extractor);
        EvaluationProgress progress = (done, total, id) -> System.err.printf("[%d/%d] %s%n", done, total, id);
        if (gold != null) {
            Path folder = texts == null ? gold : withTexts(gold, texts);
            DirectoryScore score = Evaluation.scoreGold(system, folder, limit, progress);
            print(EvaluationTable.gold(score));
            if (detail) for (GoldScore article : score.articles()) print(EvaluationTable.goldDetail(article));
            score.skipped().forEach(s -> System.err.println("skipped " + s));
        }
        if (meantime != null) {
            List<String> roles = new java.util.ArrayList<>();
            MeantimeScore score = Evaluation.scoreMeantime(system, meantime, limit, progress, roles::add);
            print(EvaluationTable.meantime(score));
            if (detail) {
                System.out.println("document\trole\tscore\ttrigger\tours\tgold");
                roles.forEach(System.out::println);
            }
        }
        if (redocred != null) {
            ReDocRedScorer entailed = new ReDocRedScorer(mappedWikidataProperties(), INVERTED,
                    impliedWikidataProperties(), transitiveWikidataProperties());
            List<ReDocRedScorer.Item> items = new java.util.ArrayList<>();
            List<ReDocRedScore> scores = Evaluation.scoreReDocRed(system, redocred, List.of(entailed, entailed.statedOnly()),
                    limit, progress, detail ? items::add : null);
            Path split = Evaluation.reDocRedSplit(redocred);
            Map<String, String> labels = ReDocRedCorpus.read(split, split.resolveSibling("rel_info.json"), 1).relationLabels();
            print(EvaluationTable.reDocRed(scores.get(0), labels));
            print(EvaluationTable.reDocRedStatedOnly(scores.get(1)));
            if (detail) {
                System.out.println("title\tstatus\tproperty\tsubject\tobject\twhere");
                for (ReDocRedScorer.Item item : items) System.out.println(item.line());
            }
        }
        return 0;
    }

    private void print(EvaluationTable table) {
        System.out.println(markdown ? table.toMarkdown() : table.toText());
    }

    /** The Wikidata properties the ontology maps its relation properties to (skos exact/close matches). */
    static Set<String> mappedWikidataProperties() {
        Set<String> pids = new java.util.TreeSet<>();
        Node exact = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#exactMatch");
        Node close = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#closeMatch");
        for (Node p : List.of(exact, close)) {
            Ontology.ontologyGraph().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                String o = t.getObject().isURI() ? t.getObject().getURI() : "";
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(NG.NS) && o.startsWith(NG.WD + "P")) {
                    pids.add(o.substring(NG.WD.length()));
                }
            });
        }
        return pids;
    }

    /**
     * P-id to the P-ids a statement of it entails through the ontology's rdfs:subPropertyOf axioms:
     * ng:inCountry (P17) is a sub-property of ng:locatedIn (P131), so P17 entails P131.
     */
    static Map<String, Set<String>> impliedWikidataProperties() {
        var g = Ontology.ontologyGraph();
        Node sub = org.apache.jena.vocabulary.RDFS.subPropertyOf.asNode();
        Map<String, Set<String>> out = new java.util.TreeMap<>();
        g.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String pid = wikidataOf(g, t.getSubject());
            if (pid == null || out.containsKey(pid)) return;
            Set<String> implied = new java.util.TreeSet<>();
            java.util.Deque<Node> todo = new java.util.ArrayDeque<>(List.of(t.getSubject()));
            Set<Node> seen = new java.util.HashSet<>();
            while (!todo.isEmpty()) {
                Node p = todo.pop();
                if (!seen.add(p)) continue;
                g.find(p, sub, Node.ANY).forEachRemaining(up -> {
                    String q = wikidataOf(g, up.getObject());
                    if (q != null && !q.equals(pid)) implied.add(q);
                    todo.push(up.getObject());
                });
            }
            out.put(pid, implied);
        });
        return out;
    }

    /** The Wikidata P-ids of the ontology's owl:TransitiveProperty relations (ng:locatedIn: P131). */
    static Set<String> transitiveWikidataProperties() {
        var g = Ontology.ontologyGraph();
        Set<String> out = new java.util.TreeSet<>();
        g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.vocabulary.OWL2.TransitiveProperty.asNode())
                .forEachRemaining(t -> {
                    String pid = wikidataOf(g, t.getSubject());
                    if (pid != null) out.add(pid);
                });
        return out;
    }

    private static String wikidataOf(org.apache.jena.graph.Graph g, Node property) {
        if (!property.isURI() || !property.getURI().startsWith(NG.NS)) return null;
        for (String match : List.of("exactMatch", "closeMatch")) {
            Node m = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#" + match);
            var it = g.find(property, m, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isURI() && o.getURI().startsWith(NG.WD + "P")) return o.getURI().substring(NG.WD.length());
            }
        }
        return null;
    }

    /**
     * A temporary folder pairing each gold file with its article text from {@code texts},
     * matched by the title in the two metadata files (gold ids and file names differ).
     */
    private static Path withTexts(Path goldDir, Path textDir) throws IOException {
        Map<String, Path> textByTitle = new HashMap<>();
        try (Stream<Path> files = Files.list(textDir)) {
            for (Path meta : files.filter(p -> p.toString().endsWith(".meta.json")).toList()) {
                Path text = meta.resolveSibling(meta.getFileName().toString().replace(".meta.json", ".txt"));
                if (Files.exists(text)) textByTitle.put(title(meta), text);
            }
        }
        Path tmp = Files.createTempDirectory("newsgraph-gold");
        tmp.toFile().deleteOnExit();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".gold.json")).toList()) {
                String name = g.getFileName().toString().replace(".gold.json", "");
                Path meta = g.resolveSibling(name + ".meta.json");
                Files.copy(g, tmp.resolve(g.getFileName()));
                if (!Files.exists(meta)) continue;
                Files.copy(meta, tmp.resolve(meta.getFileName()));
                Path text = textByTitle.get(title(meta));
                if (text != null) Files.copy(text, tmp.resolve(name + ".txt"));
            }
        }
        return tmp;
    }

    private static String title(Path meta) throws IOException {
        JsonObject json = JSON.parse(Files.readString(meta));
        return json.hasKey("title") ? json.get("title").getAsString().value() : meta.toString();
    }
}
