package org.newsmark.suggest;

import java.util.Set;
import org.newsmark.model.TextRange;
import org.newsmark.text.TextScan;

/**
 * {@code The plan was dead, some Republicans said}, {@code …, veteran Democrats said}: a capitalised group in the
 * plural after one or two lower-case words that open a clause after a comma speaks with those words, so the
 * attribution starts at the comma and the clause before it is reported.
 */
final class ModifiedGroup {

    private static final int MAX_MODIFIERS = 2;
    /** Words that join or govern rather than modify: the group is an object or a second subject after them. */
    private static final Set<String> NOT_MODIFIERS = Set.of("and", "or", "but", "nor", "of", "in", "on", "at", "to",
            "for", "by", "with", "from", "as", "than", "that", "which", "who", "whom", "is", "was", "are", "were", "has",
            "have", "had", "be", "been", "not", "the", "a", "an", "this", "these", "those");

    private ModifiedGroup() {
    }

    static TextRange widen(String text, TextRange group) {
        String who = group.of(text);
        if (!TextScan.startsUpper(who) || who.indexOf(' ') >= 0 || !who.endsWith("s") || who.endsWith("'s") || who.endsWith("’s")) {
            return group;
        }
        int start = group.start();
        for (int words = 0; words < MAX_MODIFIERS; words++) {
            String w = TextScan.previousWord(text, start);
            int wordStart = TextScan.previousWordStart(text, start);
            if (w.isEmpty() || wordStart < 0 || !w.chars().allMatch(Character::isLowerCase) || NOT_MODIFIERS.contains(w)) {
                return group;
            }
            start = wordStart;
            if (start >= 2 && text.startsWith(", ", start - 2)) {
                return new TextRange(start, group.end());
            }
        }
        return group;
    }
}
