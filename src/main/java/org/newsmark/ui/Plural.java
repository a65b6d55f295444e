package org.newsmark.ui;

/** A count with its noun in the right number: "1 quote", "10 quotes", "0 hits". */
public final class Plural {

    private Plural() {
    }

    /** For nouns whose plural adds an s. */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
