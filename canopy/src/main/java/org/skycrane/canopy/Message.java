package org.skycrane.canopy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The words on a parachute canopy: one to three words of one to six letters A–Z, one word on each of
 * the three inner rings, innermost first. The limits come from the ring size: 80 segments are eight
 * 10-bit groups, and a word needs two of them for its filler (one 127 group and at least one 1023
 * group), which leaves six letters.
 *
 * @param words the words in reading order, upper case
 */
public record Message(List<String> words) {

    /** Rings available for words (the outer ring holds the location). */
    public static final int MAX_WORDS = 3;
    /** Letters that fit on one ring next to its filler. */
    public static final int MAX_LETTERS = 6;

    /**
     * @throws CanopyException (field {@code message}) when a limit is broken; the message names the limit
     */
    public Message {
        Objects.requireNonNull(words, "words");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw problem("is empty; a canopy carries 1 to " + MAX_WORDS + " words");
        }
        if (words.size() > MAX_WORDS) {
            throw problem("has " + words.size() + " words " + words + "; a canopy carries at most " + MAX_WORDS
                    + " (one per inner ring)");
        }
        for (String word : words) {
            if (word.isEmpty()) {
                throw problem("has an empty word");
            }
            if (word.length() > MAX_LETTERS) {
                throw problem("word \"" + word + "\" has " + word.length() + " letters; a ring holds at most "
                        + MAX_LETTERS);
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c < 'A' || c > 'Z') {
                    throw problem("word \"" + word + "\" has '" + c + "' at position " + (i + 1)
                            + "; only the letters A-Z can be encoded");
                }
            }
        }
    }

    /** Words separated by white space, letters in either case: {@code "Dare mighty things"}. */
    public static Message parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        List<String> words = new ArrayList<>();
        if (!trimmed.isEmpty()) {
            for (String word : trimmed.split("\\s+")) {
                words.add(word.toUpperCase(Locale.ROOT));
            }
        }
        return new Message(words);
    }

    /** The words separated by single spaces, e.g. {@code DARE MIGHTY THINGS}. */
    @Override
    public String toString() {
        return String.join(" ", words);
    }

    private static CanopyException problem(String what) {
        return new CanopyException(null, 0, "message", what);
    }
}
