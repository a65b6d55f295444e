package org.newsmark.app;

import com.ibm.icu.text.BreakIterator;
import org.newsmark.model.TextRange;
import org.newsmark.text.SentenceBreaks;
import org.newsmark.text.Segmenter;

/** Word and sentence boundaries of an article, for snapping selections and moving by keys. */
public final class TextBoundaries {

    private final String text;
    private final BreakIterator words = Segmenter.wordIterator();
    private final SentenceBreaks sentences;

    public TextBoundaries(String text) {
        this.text = text;
        words.setText(text);
        sentences = Segmenter.sentences(text);
    }

    /**
     * Widens a selection to whole words: a start inside a word moves to the word's start, an end
     * inside a word to its end. Surrounding whitespace is not added.
     */
    public TextRange snapToWords(TextRange selection) {
        if (selection.isEmpty()) {
            return selection;
        }
        int start = selection.start();
        int end = selection.end();
        if (start < text.length() && isWordChar(start) && start > 0 && isWordChar(start - 1)) {
            start = words.preceding(start + 1);
        }
        if (end > 0 && end < text.length() && isWordChar(end - 1) && isWordChar(end)) {
            end = words.following(end - 1);
        }
        return new TextRange(start, end);
    }

    /** The sentence containing {@code index}, without trailing whitespace. */
    public TextRange sentenceAt(int index) {
        if (text.isEmpty()) {
            return new TextRange(0, 0);
        }
        return sentences.sentence(sentences.indexOf(Math.max(0, Math.min(index, text.length() - 1))));
    }

    /** The next sentence after the one containing {@code index}, or the same one at the end. */
    public TextRange nextSentence(int index) {
        TextRange current = sentenceAt(index);
        int next = current.end();
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next >= text.length() ? current : sentenceAt(next);
    }

    /** The sentence before the one containing {@code index}, or the same one at the start. */
    public TextRange previousSentence(int index) {
        TextRange current = sentenceAt(index);
        int before = current.start() - 1;
        while (before > 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before < 0 ? current : sentenceAt(before);
    }

    /** The start of the word after {@code index}, or the text's end. */
    public int nextWordStart(int index) {
        int at = Math.min(index, text.length());
        int boundary = at;
        do {
            boundary = words.following(Math.min(boundary, Math.max(0, text.length() - 1)));
            if (boundary == BreakIterator.DONE || boundary >= text.length()) {
                return text.length();
            }
        } while (!isWordChar(boundary));
        return boundary;
    }

    /** The end of the word before {@code index}, or 0. */
    public int previousWordEnd(int index) {
        int at = Math.max(0, Math.min(index, text.length()));
        int boundary = at;
        do {
            boundary = words.preceding(boundary);
            if (boundary == BreakIterator.DONE || boundary <= 0) {
                return 0;
            }
        } while (!isWordChar(boundary - 1));
        return boundary;
    }

    /** The end of the word at or after {@code index} (skipping spaces and punctuation first). */
    public int nextWordEnd(int index) {
        int i = Math.min(index, text.length());
        while (i < text.length() && !isWordChar(i)) {
            i++;
        }
        while (i < text.length() && isWordChar(i)) {
            i++;
        }
        return i;
    }

    /** The start of the word at or before {@code index} (skipping spaces and punctuation first). */
    public int previousWordStart(int index) {
        int i = Math.max(0, Math.min(index, text.length()));
        while (i > 0 && !isWordChar(i - 1)) {
            i--;
        }
        while (i > 0 && isWordChar(i - 1)) {
            i--;
        }
        return i;
    }

    private boolean isWordChar(int index) {
        int c = text.codePointAt(index);
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
