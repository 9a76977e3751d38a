package org.newsgraph.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class BipartiteMatchingTest {
    @Test
    void reroutesAnEarlierChoiceToMatchMore() {
        // left 0 prefers right 0 but can take right 1; left 1 can only take right 0
        int[] match = BipartiteMatching.match(List.of(List.of(0, 1), List.of(0)), 2);
        assertArrayEquals(new int[] {1, 0}, match);
    }

    @Test
    void leavesUnmatchableItemsOut() {
        int[] match = BipartiteMatching.match(List.of(List.of(0), List.of(0), List.of()), 1);
        assertArrayEquals(new int[] {0, -1, -1}, match);
    }
}
