package org.skycrane.cli.archfixture;

import java.util.ArrayList;
import java.util.List;

/** Breaks no rule: uses only the JDK and itself, so a rule that flagged it would flag everything. */
public final class CleanLeaf {

    private final List<String> words;

    public CleanLeaf(List<String> words) {
        this.words = List.copyOf(words);
    }

    public CleanLeaf with(String word) {
        List<String> more = new ArrayList<>(words);
        more.add(word);
        return new CleanLeaf(more);
    }

    public int size() {
        return words.size();
    }
}
