package org.newsmark.app;

import java.util.List;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.Relation;

/**
 * How the status bar, the undo history and the Edit menu name an action: in the analyst's terms, a
 * span by its text ("tag “Yoon” as speaker"), a quote linked to its speaker ("link quote to “Yoon”"),
 * not the relation's stored type ({@code said_by}).
 */
public final class ActionWording {

    /** Longer span texts are cut at a word, so the whole message fits the status bar and a menu item. */
    private static final int LONGEST = 30;

    private ActionWording() {
    }

    /** "tag “Yoon” as speaker". */
    static String tag(String label, String text) {
        return "tag " + quoted(text) + " as " + label;
    }

    /** "tag all 12 “Kyiv” as place", or, of hits that differ, "tag “Kyiv” and 11 more as place". */
    static String tagAll(String label, List<String> texts) {
        return "tag " + several(texts) + " as " + label;
    }

    /** "accept suggestion “Yoon” as speaker"; several: "accept all 5 “Kyiv” as place", "accept “Yoon” and 4 more as speaker". */
    static String accept(String label, List<String> texts) {
        return accept(label, texts, List.of());
    }

    /** As {@link #accept(String, List)}, then the links drawn with them: "..., link quote to “Yoon”", "..., link quote to “Yoon” and 2 more". */
    static String accept(String label, List<String> texts, List<String> links) {
        return "accept " + (texts.size() == 1 ? "suggestion " : "") + several(texts) + " as " + label
                + (links.isEmpty() ? "" : ", " + actions(links));
    }

    /** "delete speaker “Yoon”". */
    static String delete(String label, String text) {
        return "delete " + label + " " + quoted(text);
    }

    /** "relabel speaker “Yoon” as place". */
    static String relabel(String before, String after, String text) {
        return "relabel " + before + " " + quoted(text) + " as " + after;
    }

    /** "resize speaker “Yoon” to “Yoon Suk Yeol”". */
    static String resize(String label, String textBefore, String textAfter) {
        return "resize " + label + " " + quoted(textBefore) + " to " + quoted(textAfter);
    }

    /** Both at once: "change speaker “Yoon” to place “Seoul”". */
    static String change(String labelBefore, String textBefore, String labelAfter, String textAfter) {
        return "change " + labelBefore + " " + quoted(textBefore) + " to " + labelAfter + " " + quoted(textAfter);
    }

    /** "mark “Yoon and Rutte agree…” done", the article named by its headline (by its name when it has none). */
    static String mark(Document document, DocumentStatus status) {
        String headline = document.title().isBlank() ? document.name() : document.title();
        return "mark " + quoted(headline) + " " + status.code().replace('-', ' ');
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

    /**
     * Spans named by their words: one “Kyiv”; hits of the same words, whatever their case, "all 12 “Kyiv”";
     * others the first and how many more, "“Kyiv” and 11 more".
     */
    private static String several(List<String> texts) {
        String first = quoted(texts.get(0));
        if (texts.size() == 1) {
            return first;
        }
        // the plain comparison first: tag-all names a thousand hits, and quoting each costs two regex passes
        boolean same = texts.stream().allMatch(texts.get(0)::equalsIgnoreCase)
                || texts.stream().map(ActionWording::quoted).allMatch(first::equalsIgnoreCase);
        return same ? "all " + texts.size() + " " + first : first + " and " + (texts.size() - 1) + " more";
    }

    /** The start of a curation: what it takes into gold, "start curation: take “Yoon” and 13 more, 3 links". */
    static String startCuration(List<String> agreedTexts, int links, int staleRemoved) {
        String taken = agreedTexts.isEmpty() ? "nothing agreed yet" : "take " + several(agreedTexts);
        String linked = links == 0 ? "" : ", " + links + (links == 1 ? " link" : " links");
        String removed = staleRemoved == 0 ? "" : ", remove " + staleRemoved + " stale";
        return "start curation: " + taken + linked + removed;
    }

    /** Several actions as one: the first and how many more, "link quote to “Yoon” and 2 more". */
    static String actions(List<String> descriptions) {
        int more = descriptions.size() - 1;
        return descriptions.get(0) + (more == 0 ? "" : " and " + more + " more");
    }

    private static String from(String type) {
        return type.equals(Relation.SAID_BY) ? "quote" : "(" + type + ")";
    }

    /**
     * The text in quotation marks, on one line, cut after at most {@value #LONGEST} characters at a space
     * if there is one. A quote's own marks are dropped, so it is not named in two pairs of them.
     */
    public static String quoted(String text) {
        String line = text.strip().replaceAll("\\s+", " ").replaceAll("^[\"“”„«»]+|[\"“”„«»]+$", "").strip();
        if (line.length() > LONGEST) {
            int space = line.lastIndexOf(' ', LONGEST);
            line = line.substring(0, space > LONGEST / 2 ? space : LONGEST).stripTrailing() + "…";
        }
        return "“" + line + "”";
    }
}
