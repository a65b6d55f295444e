package org.newsmark.suggest;

import java.util.Locale;
import java.util.Set;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * Words in quotation marks that name a title, an award or a programme rather than quote anyone:
 * {@code received the "Hero of the Soviet Union"}, {@code entitled "A Tribute For a King"},
 * {@code ABC's "A Tribute For a King"}. They are in title case and follow {@code the}, a naming word
 * or a possessive ({@code the case "Smith vs. Jones"}); a term that {@code the word} or {@code the phrase}
 * mentions; and the programme a speaker was on, before {@code that} ({@code said on "Hardball" that}).
 */
final class QuotedTitle {

    private static final Set<String> BEFORE = Set.of("the", "a", "an", "entitled", "titled", "named", "dubbed", "its", "his",
            "her", "their", "case");
    /** Nouns that mention the words in marks after them as words: {@code the term "lockdown"}. */
    private static final Set<String> TERM_NOUNS = Set.of("word", "words", "term", "phrase", "expression", "hashtag",
            "hashtags");
    private static final int MAX_TERM_WORDS = 6;

    private QuotedTitle() {
    }

    /** Whether the quote {@code q} (inside its marks) names a title. */
    static boolean at(String text, TextRange q) {
        String[] words = q.of(text).split("\\s+");
        int mark = TextScan.skipSpacesBack(text, q.start()) - 1;
        String previous = mark > 0 ? TextScan.previousWord(text, mark) : "";
        if (words.length <= MAX_TERM_WORDS && TERM_NOUNS.contains(previous.toLowerCase(Locale.ROOT))) {
            return true; // the word "pandemic": a term mentioned, not anyone quoted
        }
        if (words.length <= MAX_TERM_WORDS && previous.equals("of") && TextScan.startsUpper(words[0])
                && TextScan.startsUpper(TextScan.previousWord(text, TextScan.previousWordStart(text, mark)))) {
            return true; // Anna Franowska of "Have no fear": the name of the group she belongs to
        }
        if (words.length <= MAX_TERM_WORDS && PROGRAMME_BEFORE.contains(previous) && text.startsWith(" that ", q.end() + 1)
                && (TextScan.startsUpper(words[0]) || Character.isDigit(words[0].charAt(0)))) {
            return true; // said on "Hardball" that …, told "60 Minutes" that …: the programme a speaker was on
        }
        int capitalised = 0;
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.isEmpty() && (w.chars().anyMatch(Character::isDigit) || w.equals("&"))) {
                continue; // "Area 51", "Bill 2019", "Fox & Friends": a number or an ampersand inside a title
            }
            if (letters.isEmpty()) {
                return false;
            }
            if (Character.isUpperCase(letters.charAt(0))) {
                capitalised++;
            } else if (letters.length() > 3) {
                return false; // a lower-case content word: prose, not a title
            }
        }
        if (capitalised < 2 || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        return BEFORE.contains(previous.toLowerCase(Locale.ROOT)) || previous.endsWith("'s") || previous.endsWith("’s")
                || FOLLOWING_NOUNS.contains(wordAfterMark(text, q.end()))
                || afterWorkAndComma(text, mark);
    }

    /** {@code said on "Fox News Sunday" that …}, {@code told "Fox & Friends" that …}: the programme a speaker was on. */
    private static final Set<String> PROGRAMME_BEFORE = Set.of("on", "told", "tells", "with");

    private static boolean afterWorkAndComma(String text, int mark) {
        int comma = TextScan.skipSpacesBack(text, mark) - 1;
        return comma > 0 && text.charAt(comma) == ',' && WORKS.contains(TextScan.previousWord(text, comma).toLowerCase(Locale.ROOT));
    }

    /** Works whose title stands in apposition after them: {@code his memoir, "Gifted Hands,"}, {@code his new book, "…"}. */
    private static final Set<String> WORKS = Set.of("memoir", "book", "novel", "album", "film", "movie", "song", "single",
            "show", "series", "play", "documentary", "podcast", "column", "essay", "poem", "autobiography", "biography",
            "programme", "program", "slogan", "motto");

    /** {@code "Orange is the New Black" star Selenis Leyva}: a noun after the marks that a title modifies. */
    private static final Set<String> FOLLOWING_NOUNS = Set.of("star", "stars", "actor", "actress", "host", "creator", "author",
            "director", "producer", "singer", "writer", "showrunner", "cast", "episode", "series", "season", "album", "song",
            "film", "movie", "show", "franchise", "podcast");

    private static String wordAfterMark(String text, int contentEnd) {
        int p = contentEnd;
        while (p < text.length() && "\"”’'»«›‹".indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        if (p == contentEnd || p >= text.length() || text.charAt(p) != ' ') {
            return "";
        }
        return text.substring(p + 1, TextScan.wordEnd(text, p + 1));
    }
}
