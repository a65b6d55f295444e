package org.newsmark.suggest;

/** Names of the default label scheme the recommenders aim at (see the annotation guidelines). */
public final class Labels {
    public static final String SPEAKER = "speaker";
    public static final String QUOTE = "quote";
    public static final String FIGURE = "figure";
    public static final String PLACE = "place";
    /** The four labels above, in the order the guidelines define them. */
    public static final java.util.List<String> ALL = java.util.List.of(SPEAKER, QUOTE, FIGURE, PLACE);

    private Labels() {
    }
}
