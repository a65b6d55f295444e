package org.newsmark.suggest;

import java.util.Locale;
import java.util.Set;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * A few words in marks that someone's words call a thing: {@code described the attacks as a "dastardly act"},
 * {@code referring to the protests as "riots,"}. They are a partial quote even where no speaker is found, unlike a
 * name ({@code known as "Super Tuesday"}) or an example ({@code songs such as "Dark Star"}).
 */
final class QuotedCharacterisation {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words before {@code as} that make what follows a name or an example, not anyone's words. */
    private static final Set<String> NAMING = Set.of("known", "such", "same", "so", "well", "titled", "entitled");

    private QuotedCharacterisation() {
    }

    /** Whether the quote {@code q} (inside its marks) follows {@code as}, an optional article, and its opening mark. */
    static boolean at(String text, TextRange q) {
        int mark = q.start() - 1;
        if (mark < 1 || "\"“'‘".indexOf(text.charAt(mark)) < 0) {
            return false;
        }
        int word = TextScan.previousWordStart(text, mark);
        if (word > 0 && ARTICLES.contains(wordAt(text, word))) {
            word = TextScan.previousWordStart(text, word);
        }
        return word > 0 && wordAt(text, word).equals("as")
                && !NAMING.contains(TextScan.previousWord(text, word).toLowerCase(Locale.ROOT));
    }

    private static String wordAt(String text, int start) {
        return TextScan.previousWord(text, TextScan.wordEnd(text, start)).toLowerCase(Locale.ROOT);
    }
}
