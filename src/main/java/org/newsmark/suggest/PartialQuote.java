package org.newsmark.suggest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * A few words in quotation marks woven into running prose, {@code the measure was "nowhere near enough"},
 * {@code traffic "ground to a halt"}: someone's words even where the sentence names no speaker. They start in lower
 * case right after a lower-case word; a word that names a term ({@code nicknamed "…"}, {@code known as "…"}) or a
 * preposition that gives a charge or a thing's name ({@code arrested for "…"}, {@code the calculation of "…"}) or an
 * {@code or} that glosses a term ({@code extravehicular activity, or "…"}) makes them a term instead; so do a naming
 * noun after the marks ({@code the "defund" slogan}) and a gloss in brackets. Without a speaker they count as a quote
 * only in a sentence that reports someone ({@link #inReportingSentence}).
 */
final class PartialQuote {

    /** Words right before the mark that name or label the words in it. */
    private static final Set<String> NAMING_BEFORE = Set.of("named", "nicknamed", "titled", "entitled", "of", "for",
            "or", "so-called", "term", "terms", "word", "words", "phrase", "slogan", "label", "name", "hashtag", "motto", "title");
    /** {@code known as "…"}, {@code such as "…"}: {@code as} after these names a term or gives an example. */
    private static final Set<String> NAMING_BEFORE_AS = Set.of("known", "such");

    private PartialQuote() {
    }

    /** Whether the quote {@code q} (inside its marks) is a phrase quoted in prose. */
    static boolean inProse(String text, TextRange q) {
        return inProse(text, q, 0);
    }

    private static boolean inProse(String text, TextRange q, int depth) {
        String s = q.of(text);
        int mark = TextScan.skipSpacesBack(text, q.start()) - 1;
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0)) || mark < 1
                || !Character.isLowerCase(text.charAt(TextScan.skipSpacesBack(text, mark) - 1)) || !inSentence(text, q)) {
            return false;
        }
        String previous = TextScan.previousWord(text, mark).toLowerCase(Locale.ROOT);
        String beforePrevious = TextScan.previousWord(text, TextScan.previousWordStart(text, mark)).toLowerCase(Locale.ROOT);
        if (previous.equals("and")) {
            // "null and void" and "geographically ridiculous": the second of two quotes in a row is what the first is
            Optional<TextRange> first = quoteEndingAt(text, TextScan.previousWordStart(text, mark));
            if (first.isPresent()) {
                return depth < 2 && inProse(text, first.get(), depth + 1);
            }
        }
        if (namesATerm(previous) || ARTICLES.contains(previous) && NAMING_VERBS_BEFORE_ARTICLE.contains(beforePrevious)
                || glossed(text, q) || NAMING_AFTER.contains(TextScan.nextWord(text, closeOf(text, q)).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !previous.equals("as") || !NAMING_BEFORE_AS.contains(beforePrevious);
    }

    /** {@code nicknamed "…"}, {@code nicknamed the "…"}. */
    private static boolean namesATerm(String word) {
        return NAMING_BEFORE.contains(word) || SpeechVocabulary.NAMING_VERBS.contains(word);
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** {@code nicknamed the "…"}, {@code dubbed a "…"}; not {@code the selection of a "…"}. */
    private static final Set<String> NAMING_VERBS_BEFORE_ARTICLE = java.util.stream.Stream.concat(
            SpeechVocabulary.NAMING_VERBS.stream(), Set.of("named", "nicknamed", "titled", "entitled").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The text inside the marks of a quote whose closing mark stands right before {@code pos} (spaces skipped). */
    private static Optional<TextRange> quoteEndingAt(String text, int pos) {
        int close = TextScan.skipSpacesBack(text, pos) - 1;
        if (close < 1) {
            return Optional.empty();
        }
        char opener = switch (text.charAt(close)) {
            case '"' -> '"';
            case '”' -> '“';
            case '»' -> '«';
            default -> 0;
        };
        int end = close;
        while (end > 0 && ",.;".indexOf(text.charAt(end - 1)) >= 0) {
            end--; // "null and void," and "…": the comma inside the marks is not the words'
        }
        int open = opener == 0 ? -1 : text.lastIndexOf(opener, end - 1);
        return open < 0 || close - open > 200 || text.substring(open, close).indexOf('\n') >= 0 ? Optional.empty()
                : Optional.of(new TextRange(open + 1, close).trimmedIn(text));
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    /** {@code they used to call it "…"}: the forms of calling that name a thing, not quote a speaker. */
    private static final Set<String> NAMING_CALLS = Set.of("call", "calls", "calling");
    /** Speech verbs that are more often plural nouns in a sentence ({@code the rules}, {@code the states}): no cue. */
    private static final Set<String> NOUN_FORMS = Set.of("rules", "states", "notes", "claims", "terms", "labels",
            "brands", "shares");

    /** Words besides the speech verbs that mark a sentence as someone's report: {@code reportedly}, {@code according to}. */
    private static final Set<String> REPORT_WORDS = Set.of("reportedly", "according", "report", "reports", "statement",
            "announcement", "advisory", "spokesperson", "spokesman", "spokeswoman");

    /**
     * Whether the sentence around {@code q} reports someone's words: it holds a speech verb other than a naming one, or a
     * word such as {@code reportedly}. A short quote with no speaker found is a partial quote only there; elsewhere a few
     * words in marks are mostly a writer's scare quotes ({@code offered "furry" versions}, {@code could be used as "eyes"}).
     */
    static boolean inReportingSentence(String text, TextRange q) {
        int from = Sentences.startOf(text, q.start());
        int to = Math.max(q.end(), Sentences.endOf(text, q.start()));
        for (String word : NOT_LETTERS.split(text.substring(from, to))) {
            if (reports(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean reports(String word) {
        if (REPORT_WORDS.contains(word)) {
            return true;
        }
        boolean naming = SpeechVocabulary.NAMING_VERBS.contains(word) || NAMING_CALLS.contains(word) || NOUN_FORMS.contains(word);
        return !naming && (SpeechVocabulary.BARE_CLAUSE_VERBS.contains(word) || SpeechVocabulary.QUOTE_VERBS.contains(word)
                || SpeechVocabulary.LISTENER_VERBS.contains(word));
    }

    /** {@code the "defund" slogan}: a noun after the marks that makes the words in them a name. */
    private static final Set<String> NAMING_AFTER = Set.of("slogan", "term", "label", "hashtag", "motto", "nickname",
            "phrase", "campaign", "movement", "model", "policy", "plan", "programme", "program", "initiative");

    /** Where the text goes on after the closing marks of {@code q}. */
    private static int closeOf(String text, TextRange q) {
        int p = q.end();
        while (p < text.length() && CLOSING.indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        return p;
    }

    /** {@code her "kuffar" (non-Muslim) parents}: a foreign or technical term with its gloss in brackets. */
    private static boolean glossed(String text, TextRange q) {
        return text.startsWith(" (", closeOf(text, q));
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
