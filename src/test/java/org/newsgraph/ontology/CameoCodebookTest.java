package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.CameoCodebook;
import org.newsgraph.rdf.CameoCodebook.CameoType;
import org.newsgraph.rdf.NG;

class CameoCodebookTest {
    private final CameoCodebook codebook = CameoCodebook.load();

    @Test
    void codesTheExtractorUsesResolve() {
        for (String code : new String[] {"036", "043", "111", "138", "163"}) {
            assertTrue(codebook.byCode(code).isPresent(), code);
        }
        CameoType invite = codebook.byCode("036").orElseThrow();
        assertEquals(NG.NS + "ExpressIntentToMeetOrNegotiate", invite.classIri().getURI());
        assertEquals("Express intent to meet or negotiate", invite.label());
        assertEquals(0, new BigDecimal("4.0").compareTo(invite.goldstein()));
        assertEquals(1, invite.quadClass());

        CameoType host = codebook.byCode("043").orElseThrow();
        assertEquals(NG.NS + "HostAVisit", host.classIri().getURI());
        assertEquals(0, new BigDecimal("2.8").compareTo(host.goldstein()));
        assertEquals(NG.NS + "MakeAVisit", codebook.byCode("042").orElseThrow().classIri().getURI());
        assertEquals(NG.NS + "Consult", codebook.byCode("04").orElseThrow().classIri().getURI());
        assertEquals(NG.NS + "MakeStatement", codebook.byCode("010").orElseThrow().classIri().getURI());

        assertEquals(0, new BigDecimal("-8.0").compareTo(codebook.byCode("163").orElseThrow().goldstein()));
        assertEquals(4, codebook.byCode("163").orElseThrow().quadClass());
        assertEquals(3, codebook.byCode("111").orElseThrow().quadClass());
        assertEquals(2, codebook.byCode("0841").orElseThrow().quadClass());
    }

    @Test
    void hierarchyFollowsTheCodes() {
        assertTrue(codebook.isUnder("1312", "13"));
        assertTrue(codebook.isUnder("1312", "131"));
        assertTrue(codebook.isUnder("036", "03"));
        assertTrue(codebook.isUnder("043", "043"));
        assertFalse(codebook.isUnder("043", "03"));
        assertFalse(codebook.isUnder("13", "1312"));
        assertFalse(codebook.isUnder("999", "09"));
    }

    @Test
    void codebookIsComplete() {
        assertEquals(311, codebook.all().size());
        long roots = codebook.all().stream().filter(t -> t.code().length() == 2).count();
        assertEquals(20, roots);
        Set<String> names = new HashSet<>();
        for (CameoType t : codebook.all()) {
            assertTrue(names.add(t.classIri().getURI()), "class used twice: " + t.classIri());
            assertTrue(t.goldstein().abs().compareTo(BigDecimal.TEN) <= 0, t.code());
            assertEquals(t, codebook.byClass(t.classIri()).orElseThrow());
            if (t.code().length() > 2) {
                assertTrue(codebook.isUnder(t.code(), t.root()), t.code() + " not under its root");
            }
        }
        assertTrue(codebook.byCode("176").isEmpty(), "no invented codes");
    }
}
