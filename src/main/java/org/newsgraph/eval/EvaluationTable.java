package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A benchmark result as a small table: aligned plain text for the terminal, Markdown for the
 * README. The factory methods fix what each benchmark shows, so both renderings agree.
 */
public final class EvaluationTable {
    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public EvaluationTable(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
    }

    public EvaluationTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + header.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    /** A line printed under the table (source of a figure, what was skipped). */
    public EvaluationTable note(String note) {
        notes.add(note);
        return this;
    }

    public String title() { return title; }

    public List<List<String>> rows() { return List.copyOf(rows); }

    // ---------------------------------------------------------------- rendering

    /** Columns padded to their widest cell; the first column left-aligned, figures right-aligned. */
    public String toText() {
        int[] width = widths();
        StringBuilder out = new StringBuilder(title).append('\n');
        appendTextRow(out, header, width);
        int total = 0;
        for (int w : width) total += w;
        out.append("-".repeat(total + 2 * (width.length - 1))).append('\n');
        for (List<String> row : rows) appendTextRow(out, row, width);
        for (String note : notes) out.append("  ").append(note).append('\n');
        return out.toString();
    }

    public String toMarkdown() {
        StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
        out.append("| ").append(String.join(" | ", header.stream().map(EvaluationTable::escape).toList())).append(" |\n|");
        for (int c = 0; c < header.size(); c++) out.append(c == 0 ? "---|" : "---:|");
        out.append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row.stream().map(EvaluationTable::escape).toList())).append(" |\n");
        }
        if (!notes.isEmpty()) out.append('\n');
        for (String note : notes) out.append("- ").append(escape(note)).append('\n');
        return out.toString();
    }

    @Override public String toString() { return toText(); }

    private int[] widths() {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) width[c] = header.get(c).length();
        for (List<String> row : rows) for (int c = 0; c < width.length; c++) width[c] = Math.max(width[c], row.get(c).length());
        return width;
    }

    private static void appendTextRow(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) line.append("  ");
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(c == 0 ? cell + pad : pad + cell);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String escape(String cell) { return cell.replace("|", "\\|"); }

    // ---------------------------------------------------------------- formatting helpers

    static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String counts(Prf p) { return p.matched() + "/" + p.system() + "/" + p.gold(); }

    private static EvaluationTable prfTable(String title) {
        return new EvaluationTable(title, "measure", "P", "R", "F1", "matched/system/gold");
    }

    private static void prfRow(EvaluationTable t, String name, Prf p) {
        t.row(name, number(p.precision()), number(p.recall()), number(p.f1()), counts(p));
    }

    private static void accuracyRow(EvaluationTable t, String name, Fraction f) {
        t.row(name, "", "", number(f.value()), f.toString());
    }

    private static void published(EvaluationTable t, List<PublishedScore> scores) {
        for (PublishedScore s : scores) {
            t.note("published: " + s.system() + ", " + s.metric() + " " + percent(s.value()) + " (" + s.note() + ")");
        }
    }

    // ---------------------------------------------------------------- benchmarks

    /** The gold-file benchmark, summed over the folder. */
    public static EvaluationTable gold(DirectoryScore score) {
        EvaluationTable t = new EvaluationTable("Gold articles (" + score.articles().size() + " scored)",
                "measure", "value", "count");
        t.row("entity recall", number(score.entityRecall().value()), score.entityRecall().toString());
        t.row("event recall", number(score.eventRecall().value()), score.eventRecall().toString());
        t.row("event precision", number(score.eventPrecision().value()), score.eventPrecision().toString());
        t.row("event F1", number(score.eventF1()), "");
        t.row("modality accuracy (found events)", number(score.modalityAccuracy().value()), score.modalityAccuracy().toString());
        t.row("attribution accuracy (found events)", number(score.attributionAccuracy().value()), score.attributionAccuracy().toString());
        t.row("time accuracy (found events)", number(score.timeAccuracy().value()), score.timeAccuracy().toString());
        t.row("relation recall", number(score.relationRecall().value()), score.relationRecall().toString());
        t.row("negatives hit (lower is better)", number(score.negativesHit().value()), score.negativesHit().toString());
        for (String s : score.skipped()) t.note("skipped " + s);
        return t;
    }

    /** Item-by-item detail of one article: what was found, what was missed and why. */
    public static EvaluationTable goldDetail(GoldScore score) {
        EvaluationTable t = new EvaluationTable("Gold detail: " + score.articleId(), "item", "result", "detail");
        for (GoldScore.EntityResult e : score.entities()) {
            t.row("entity " + e.gold().key(), e.found() ? "found" : "missed", e.found() ? e.matchedEntity() : e.gold().name());
        }
        for (GoldScore.EventResult e : score.events()) {
            String detail = e.found()
                    ? e.matchedEvent() + mark(" modality", e.modalityCorrect(), e.systemModality())
                      + mark(" attribution", e.attributionCorrect(), null) + mark(" time", e.timeCorrect(), e.systemTime())
                    : e.missReason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + e.gold().what() + ")";
            t.row("event " + e.gold().id() + " " + String.join("/", e.gold().cameo()), e.found() ? "found" : "missed", detail);
        }
        for (GoldScore.RelationResult r : score.relations()) {
            t.row("relation " + r.gold().id() + " " + r.gold().what(), r.found() ? "found" : "missed",
                    r.found() ? r.matched().property() : r.gold().subject() + " -> " + r.gold().object());
        }
        for (GoldScore.NegativeResult n : score.negatives()) {
            t.row("negative " + n.gold().id(), n.hit() ? "HIT" : "avoided", n.hit() ? String.join(" ", n.hitBy()) : n.gold().why());
        }
        t.note("extracted events: " + score.extractedEvents() + ", relation rows: " + score.extractedRelations());
        return t;
    }

    private static String mark(String what, Boolean correct, String value) {
        if (correct == null) return "";
        return what + (correct ? " ok" : " wrong") + (value != null && !correct ? " (" + value + ")" : "");
    }

    public static EvaluationTable meantime(MeantimeScore s) {
        EvaluationTable t = prfTable("MEANTIME (" + s.documents() + " documents, annotated sentences only)");
        prfRow(t, "named entities, typed", s.entities());
        prfRow(t, "named entities, untyped", s.entitiesUntyped());
        for (Map.Entry<String, Prf> e : new java.util.TreeMap<>(s.entitiesByType()).entrySet()) {
            prfRow(t, "  " + e.getKey(), e.getValue());
        }
        accuracyRow(t, "DBpedia link accuracy", s.links());
        prfRow(t, "time expressions, strict extent", s.timexStrict());
        prfRow(t, "time expressions, relaxed extent", s.timexRelaxed());
        prfRow(t, "time expressions, value", s.timexValue());
        accuracyRow(t, "time value accuracy (relaxed matches)", s.timexValueAccuracy());
        prfRow(t, "event triggers", s.eventTriggers());
        accuracyRow(t, "actor = Arg0 accuracy", s.actorAccuracy());
        accuracyRow(t, "target = Arg1 accuracy", s.targetAccuracy());
        accuracyRow(t, "target or theme = Arg1 accuracy", s.arg1Accuracy());
        prfRow(t, "event participants (Arg0/Arg1 tuples)", s.participants());
        t.note("accuracy rows: the F1 column holds the accuracy");
        published(t, MeantimeScore.PUBLISHED);
        return t;
    }

    public static EvaluationTable reDocRed(ReDocRedScore s, Map<String, String> relationLabels) {
        EvaluationTable t = new EvaluationTable("Re-DocRED test, end to end (" + s.documents() + " documents)",
                "relation", "P", "R", "F1", "matched/system/gold");
        for (Map.Entry<String, Prf> e : new java.util.TreeMap<>(s.byRelation()).entrySet()) {
            String label = relationLabels == null ? null : relationLabels.get(e.getKey());
            Prf p = e.getValue();
            t.row(e.getKey() + (label == null ? "" : " " + label), number(p.precision()), number(p.recall()),
                    number(p.f1()), counts(p));
        }
        Prf micro = s.micro();
        t.row("micro (scored relations)", number(micro.precision()), number(micro.recall()), number(micro.f1()), counts(micro));
        t.note("only relation ids our ontology maps to are scored: " + String.join(", ", s.properties()));
        published(t, ReDocRedScore.PUBLISHED);
        return t;
    }

    /** The micro figure when each statement counts under its own property only (no entailment, no chains). */
    public static EvaluationTable reDocRedStatedOnly(ReDocRedScore s) {
        EvaluationTable t = new EvaluationTable("Re-DocRED test, stated properties only (" + s.documents() + " documents)",
                "relation", "P", "R", "F1", "matched/system/gold");
        for (Map.Entry<String, Prf> e : new java.util.TreeMap<>(s.byRelation()).entrySet()) {
            Prf p = e.getValue();
            if (p.system() == 0 && p.matched() == 0) continue;
            t.row(e.getKey(), number(p.precision()), number(p.recall()), number(p.f1()), counts(p));
        }
        Prf micro = s.micro();
        t.row("micro (scored relations)", number(micro.precision()), number(micro.recall()), number(micro.f1()), counts(micro));
        return t;
    }
}
