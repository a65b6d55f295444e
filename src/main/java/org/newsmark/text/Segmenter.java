package org.newsmark.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Set;

/**
 * The one sentence and word segmenter of Newsmark: ICU's break iterators, the sentence iterator
 * filtered so that an abbreviation of news prose does not end a sentence ({@code Gen. Milley},
 * {@code the U.S. Navy}, {@code Sept. 5}, {@code 10 a.m. on}). ICU's own English list (titles,
 * months, initials) is extended by {@link #NEWS_ABBREVIATIONS}. ICU's filter misses some of them (it
 * still breaks after {@code U.S.} or {@code Lt.} before a capital), so {@link SentenceBreaks} also drops
 * a break right after one of them or after an initial. Building an iterator costs most of a
 * millisecond, so one prototype of each is built once and cloned per use.
 */
public final class Segmenter {

    /** Abbreviations that ICU's English suppressions lack and news text uses before a name or number. */
    static final List<String> NEWS_ABBREVIATIONS = List.of("Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cpl.", "Sgt.",
            "Adm.", "Cmdr.", "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "Pres.", "Supt.", "Insp.", "Det.", "Amb.",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Mt.", "Ft.", "No.", "Nos.", "Jr.", "Sr.", "Inc.", "Corp.",
            "Ltd.", "Co.", "Bros.", "vs.", "v.", "approx.", "est.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.",
            "Oct.", "Nov.", "Dec.", "a.m.", "p.m.", "A.M.", "P.M.", "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "e.g.",
            "i.e.", "Ave.", "Blvd.", "Rd.", "Univ.", "Dept.", "Gov't.");

    static final Set<String> NO_BREAK_AFTER = Set.copyOf(NEWS_ABBREVIATIONS);

    private static final BreakIterator SENTENCE_PROTOTYPE = sentencePrototype();
    private static final BreakIterator WORD_PROTOTYPE = BreakIterator.getWordInstance(ULocale.ENGLISH);

    private Segmenter() {
    }

    private static BreakIterator sentencePrototype() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        // ICU suppresses a break after any word that merely ends in a suppressed string ("protest." ends in "est."):
        // lower-case abbreviations without an inner stop are left to the whole-word check of SentenceBreaks
        NEWS_ABBREVIATIONS.stream().filter(a -> Character.isUpperCase(a.charAt(0)) || a.indexOf('.') < a.length() - 1)
                .forEach(builder::suppressBreakAfter);
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    /** A fresh sentence iterator (not yet given a text). */
    public static BreakIterator sentenceIterator() {
        synchronized (SENTENCE_PROTOTYPE) {
            return (BreakIterator) SENTENCE_PROTOTYPE.clone();
        }
    }

    /** A fresh word iterator (not yet given a text): words, numbers ({@code 3.5}), emoji sequences, CJK words. */
    public static BreakIterator wordIterator() {
        synchronized (WORD_PROTOTYPE) {
            return (BreakIterator) WORD_PROTOTYPE.clone();
        }
    }

    /** The sentences of {@code text}. */
    public static SentenceBreaks sentences(String text) {
        return SentenceBreaks.of(text, sentenceIterator());
    }
}
