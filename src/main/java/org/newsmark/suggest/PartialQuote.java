package org.newsmark.suggest;

import java.util.Locale;
import java.util.Set;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * A few words in quotation marks woven into running prose, {@code the measure was "nowhere near enough"},
 * {@code traffic "ground to a halt"}: someone's words even where the sentence names no speaker. They start in lower
 * case right after a lower-case word; a word that names a term ({@code nicknamed "…"}, {@code known as "…"}) or a
 * preposition that gives a charge or a thing's name ({@code arrested for "…"}, {@code the calculation of "…"}) or an
 * {@code or} that glosses a term ({@code extravehicular activity, or "…"}) makes them a term instead.
 */
final class PartialQuote {

    /** Words right before the mark that name or label the words in it. */
    private static final Set<String> NAMING_BEFORE = Set.of("named", "nicknamed", "titled", "entitled", "of", "for",
            "or");
    /** {@code known as "…"}, {@code such as "…"}: {@code as} after these names a term or gives an example. */
    private static final Set<String> NAMING_BEFORE_AS = Set.of("known", "such");

    private PartialQuote() {
    }

    /** Whether the quote {@code q} (inside its marks) is a phrase quoted in prose. */
    static boolean inProse(String text, TextRange q) {
        String s = q.of(text);
        int mark = TextScan.skipSpacesBack(text, q.start()) - 1;
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0)) || mark < 1
                || !Character.isLowerCase(text.charAt(TextScan.skipSpacesBack(text, mark) - 1)) || !inSentence(text, q)) {
            return false;
        }
        String previous = TextScan.previousWord(text, mark).toLowerCase(Locale.ROOT);
        if (NAMING_BEFORE.contains(previous) || SpeechVocabulary.NAMING_VERBS.contains(previous)) {
            return false;
        }
        return !previous.equals("as") || !NAMING_BEFORE_AS.contains(
                TextScan.previousWord(text, TextScan.previousWordStart(text, mark)).toLowerCase(Locale.ROOT));
    }

    /** {@code Adult Swim television channel "human claw"}: a caption or heading, whose line ends with no full stop. */
    private static boolean inSentence(String text, TextRange q) {
        int from = q.start();
        int reach = Math.min(text.length(), q.end() + CAPTION_REACH);
        int p = q.end();
        while (p < reach && text.charAt(p) != '\n') {
            p++;
        }
        if (p == reach && reach < text.length()) {
            return true; // a line that runs on this far is prose, and a long text is not searched to its end
        }
        while (p > from && (Character.isWhitespace(text.charAt(p - 1)) || CLOSING.indexOf(text.charAt(p - 1)) >= 0)) {
            p--;
        }
        return p > from && ".!?".indexOf(text.charAt(p - 1)) >= 0;
    }

    private static final int CAPTION_REACH = 200;
    private static final String CLOSING = "\"”’')]»«›‹";
}
