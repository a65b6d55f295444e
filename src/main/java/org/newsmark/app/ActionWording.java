package org.newsmark.app;

import java.util.List;
import org.newsmark.model.Relation;

/**
 * How the status bar, the undo history and the Edit menu name an action: in the analyst's terms, a
 * span by its text ("tag “Yoon” as speaker"), a quote linked to its speaker ("link quote to “Yoon”"),
 * not the relation's stored type ({@code said_by}).
 */
final class ActionWording {

    /** Longer span texts are cut at a word, so the whole message fits the status bar and a menu item. */
    private static final int LONGEST = 30;

    private ActionWording() {
    }

    /** "tag “Yoon” as speaker". */
    static String tag(String label, String text) {
        return "tag " + quoted(text) + " as " + label;
    }

    /** "link quote to “Yoon”"; another type of relation: "link (type) to “...”". */
    static String link(String type, String toText) {
        return "link " + from(type) + " to " + quoted(toText);
    }

    /** "unlink quote from “Yoon”". */
    static String unlink(String type, String toText) {
        return "unlink " + from(type) + " from " + quoted(toText);
    }

    /**
     * What a relabel of span {@code spanId} takes with it: "unlink its speaker" (it was a quote),
     * "unlink its 2 quotes" (it was their speaker).
     */
    static String unlinkedBy(long spanId, List<Relation> broken) {
        long speakers = broken.stream().filter(r -> r.fromSpanId() == spanId).count();
        long quotes = broken.size() - speakers;
        String its = speakers == 0 ? "" : speakers == 1 ? "its speaker" : "its " + speakers + " speakers";
        String and = speakers > 0 && quotes > 0 ? " and " : "";
        return "unlink " + its + and + (quotes == 0 ? "" : quotes == 1 ? "its quote" : "its " + quotes + " quotes");
    }

    private static String from(String type) {
        return type.equals(Relation.SAID_BY) ? "quote" : "(" + type + ")";
    }

    /**
     * The text in quotation marks, on one line, cut after at most {@value #LONGEST} characters at a space
     * if there is one. A quote's own marks are dropped, so it is not named in two pairs of them.
     */
    static String quoted(String text) {
        String line = text.strip().replaceAll("\\s+", " ").replaceAll("^[\"“”„«»]+|[\"“”„«»]+$", "").strip();
        if (line.length() > LONGEST) {
            int space = line.lastIndexOf(' ', LONGEST);
            line = line.substring(0, space > LONGEST / 2 ? space : LONGEST).stripTrailing() + "…";
        }
        return "“" + line + "”";
    }
}
