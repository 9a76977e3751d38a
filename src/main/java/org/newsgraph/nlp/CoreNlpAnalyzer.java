package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.newsgraph.input.Article;

/**
 * {@link LanguageAnalyzer} on Stanford CoreNLP. Building the pipeline loads ~1.5 GB of models
 * (20–30 s), so one instance is shared per process ({@link #shared()}); CoreNLP pipelines are
 * safe to call from several threads.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {
    private static volatile CoreNlpAnalyzer shared;

    private final StanfordCoreNLP pipeline;

    public CoreNlpAnalyzer(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** The process-wide analyzer with {@link #defaultProperties()}, built on first use. */
    public static CoreNlpAnalyzer shared() {
        CoreNlpAnalyzer local = shared;
        if (local == null) {
            synchronized (CoreNlpAnalyzer.class) {
                local = shared;
                if (local == null) shared = local = new CoreNlpAnalyzer(defaultProperties());
            }
        }
        return local;
    }

    public static Properties defaultProperties() {
        Properties p = new Properties();
        // OpenIE and KBP are left out on purpose: their tuples need the same filtering our
        // dependency rules do, and they cost a third of the run time (see README, measurements).
        p.setProperty("annotators", "tokenize,ssplit,lineends,pos,lemma,ner,depparse,coref");
        // The headline has no final period: without this it is glued to the first body sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // A paragraph on a line of its own ends its last sentence even after "on X." (see the class).
        p.setProperty("customAnnotatorClass.lineends", LineEndSentenceSplitter.class.getName());
        p.setProperty("coref.algorithm", "statistical");
        // Boilerplate and tables make huge "sentences"; parsing them is slow and useless.
        p.setProperty("parse.maxlen", "120");
        p.setProperty("depparse.maxlen", "150");
        p.setProperty("pos.maxlen", "200");
        p.setProperty("ner.maxlen", "200");
        p.setProperty("coref.maxMentionDistance", "40");
        return p;
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        CoreDocument document = new CoreDocument(article.text());
        // SUTime resolves "on Wednesday", "last week", "a day later" against this date.
        document.annotation().set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        pipeline.annotate(document);
        AnalyzedArticle analyzed = new AnalyzedArticle(article, document);
        for (int i = 0; i < document.sentences().size(); i++) {
            CoreSentence sentence = document.sentences().get(i);
            // Headlines are often verbless by style; only body sentences are re-parsed.
            if (analyzed.sentenceNumber(i) > 0) VerblessSentenceRepair.repair(sentence.coreMap());
            DatelineDashRepair.repair(sentence.coreMap());
            PastTenseTagRepair.repair(sentence.coreMap());
            ModalVerbTagRepair.repair(sentence.coreMap());
            NeighbouringTagRepair.repair(sentence.coreMap());
            CoordinatedPrepositionRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            SeparatedPerfectRepair.repair(sentence.coreMap());
            RelativePronounSubjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            RelativePronounSubjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            RelativeClauseSubjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            RelativeClauseSubjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            TrailingReportRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            TrailingReportRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            DestinationPhraseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            DestinationPhraseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            PrepositionalObjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            PrepositionalObjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            ObjectReadSubjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            CoordinatedSubjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            CoordinatedSubjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            ObjectReadSubjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            GerundComplementRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            GerundComplementRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            PurposeClauseSubjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            ElidedPassiveRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            ElidedPassiveRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            TellAudienceClauseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            TellAudienceClauseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            LoneIndirectObjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            LoneIndirectObjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            StrandedObjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            StrandedObjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            TimeSpanObjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            DescribedPossessorRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            DescribedPossessorRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            TimeSpanObjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            SubordinateClauseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            SubordinateClauseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            PrepositionalGerundRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            PrepositionalGerundRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            ParticipleClauseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            ParticipleClauseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            FreeRelativeNamingRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            FreeRelativeNamingRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            SumForPurposeRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            SumForPurposeRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            // After the sum repair, which takes a sum asked for out of the for-to clause.
            ForToClauseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            ForToClauseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            // Before the mixed-tense repair, which gives a moved conjunct the subject of the verb it joins.
            PredicateConjunctRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            PredicateConjunctRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            MixedTenseCoordinationRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            MixedTenseCoordinationRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            ReducedRelativeConjunctRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            ReducedRelativeConjunctRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            InfinitiveOnActNounRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            InfinitiveOnActNounRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            QuotedVerbSubjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            QuotedVerbSubjectRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            WhoseTitleRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            WhoseTitleRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            StrandedClauseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), false);
            StrandedClauseRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), true);
            AcronymAppositionRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            AcronymAppositionRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            SelfNamingRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            SelfNamingRepair.repair(sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        }
        return analyzed;
    }
}
