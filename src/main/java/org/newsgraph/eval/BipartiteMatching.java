package org.newsgraph.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Maximum one-to-one matching between "left" items (gold) and "right" items (system output), by
 * augmenting paths (Kuhn's algorithm). Scoring needs it because greedy matching can lose a pair:
 * an extracted event that fits two gold events must go to the one nothing else can fill.
 * Each left item lists its candidates in order of preference; earlier candidates are tried first,
 * so ties go the preferred way. Documents are small, so O(V·E) is plenty.
 */
final class BipartiteMatching {
    private BipartiteMatching() {}

    /**
     * @param candidates for each left index, the right indices it may be matched to
     * @param rightCount number of right items
     * @return for each left index the matched right index, or -1
     */
    static int[] match(List<List<Integer>> candidates, int rightCount) {
        int[] rightToLeft = new int[rightCount];
        Arrays.fill(rightToLeft, -1);
        for (int left = 0; left < candidates.size(); left++) {
            augment(left, candidates, rightToLeft, new boolean[rightCount]);
        }
        int[] leftToRight = new int[candidates.size()];
        Arrays.fill(leftToRight, -1);
        for (int right = 0; right < rightCount; right++) {
            if (rightToLeft[right] >= 0) leftToRight[rightToLeft[right]] = right;
        }
        return leftToRight;
    }

    private static boolean augment(int left, List<List<Integer>> candidates, int[] rightToLeft, boolean[] visited) {
        for (int right : candidates.get(left)) {
            if (visited[right]) continue;
            visited[right] = true;
            if (rightToLeft[right] < 0 || augment(rightToLeft[right], candidates, rightToLeft, visited)) {
                rightToLeft[right] = left;
                return true;
            }
        }
        return false;
    }

    /** Number of matched pairs in a result of {@link #match}. */
    static int size(int[] leftToRight) {
        int n = 0;
        for (int r : leftToRight) if (r >= 0) n++;
        return n;
    }
}
