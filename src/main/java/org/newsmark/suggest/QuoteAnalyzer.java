package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.pace.GiveWay;
import org.newsmark.text.TextScan;

/**
 * Finds direct and reported quotes of a text and attributes each to the nearest attribution the text
 * gives it: right after the closing mark, right before the opening mark, the clause it sits in, the
 * speech cue of its sentence, or else the speaker of the quote just before it.
 */
final class QuoteAnalyzer {

    private static final int CONTINUATION_DISTANCE = 600;
    /** The most characters (spaces, commas, colons, dashes) between a quote's mark and its attribution. */
    private static final int PUNCTUATION_GAP = 6;
    private final DirectQuoteFinder directFinder = new DirectQuoteFinder();
    private final AttributionFinder attributionFinder = new AttributionFinder();

    /** The analysis of a text: attributions and the quotes it finds. */
    record Analysis(List<Attribution> attributions, List<AttributedQuote> quotes) {
    }

    /** Per thread, so documents analysed in parallel do not evict each other's result. */
    private final ThreadLocal<Memo> last = new ThreadLocal<>();

    private record Memo(String text, List<TextRange> extra, Analysis analysis) {
    }

    /** Shared by the quote and speaker recommenders so one document is analysed once. */
    static final QuoteAnalyzer SHARED = new QuoteAnalyzer();

    Analysis analyze(String text) {
        return analyze(text, List.of());
    }

    /** The analysis of a context's text with the analyst's quote spans attributed too. */
    Analysis analyze(SuggestionContext context) {
        List<TextRange> analystQuotes = context.spansWithLabel(Labels.QUOTE).stream().map(s -> s.range()).toList();
        return analyzeCached(context.text(), analystQuotes);
    }

    /**
     * Like {@link #analyze(String, List)}, reusing this thread's last result when asked again about the
     * same text: the quote and speaker recommenders of one engine call share one analysis.
     */
    Analysis analyzeCached(String text, List<TextRange> extraQuotes) {
        Memo m = last.get();
        if (m != null && m.text() == text && m.extra().equals(extraQuotes)) {
            return m.analysis();
        }
        Analysis a = analyze(text, extraQuotes);
        last.set(new Memo(text, List.copyOf(extraQuotes), a));
        return a;
    }

    /** Analyses the text; {@code extraQuotes} (e.g. the analyst's quote spans) are attributed too. */
    Analysis analyze(String text, List<TextRange> extraQuotes) {
        Found found = find(text);
        return new Analysis(found.attributions(), attributeAll(text, found, extraQuotes));
    }

    /**
     * What a text gives to attribute: its direct quotes (titles in quotation marks left out), every
     * attribution, and those outside direct quotes ({@code outer}, in the same order).
     */
    record Found(List<TextRange> direct, List<Attribution> attributions, List<Attribution> outer) {
    }

    Found find(String text) {
        List<TextRange> direct = directFinder.find(text).stream().filter(r -> !QuotedTitle.at(text, r)).toList();
        List<TextRange> marked = direct.stream().map(r -> new TextRange(Math.max(0, r.start() - 1),
                Math.min(text.length(), r.end() + 1))).toList();
        List<Attribution> attributions = attributionFinder.find(text, marked);
        RangesAt markedAt = new RangesAt(marked);
        List<Attribution> outer = attributions.stream().filter(a -> !AttributionFinder.nested(a, markedAt)).toList();
        return new Found(direct, attributions, outer);
    }

    /**
     * Every quote (direct, reported by an attribution, or extra) in document order with its attribution.
     * Looks only at the attributions near each quote, so a long article with thousands of both costs
     * n log n, not quotes × attributions.
     */
    static List<AttributedQuote> attributeAll(String text, Found found, List<TextRange> extraQuotes) {
        List<TextRange> direct = found.direct();
        List<Attribution> attributions = found.attributions();
        List<Attribution> outer = found.outer();
        AttributionIndex index = new AttributionIndex(attributions, outer);
        Set<Attribution> outerSet = new HashSet<>(outer);
        Set<TextRange> directSet = new HashSet<>(direct);
        Map<TextRange, AttributedQuote> quotes = new LinkedHashMap<>();
        Optional<Attribution> previous = Optional.empty();
        int previousEnd = -1;
        List<TextRange> all = new ArrayList<>(direct);
        attributions.forEach(a -> a.content().ifPresent(all::add));
        all.addAll(extraQuotes);
        all.sort(Comparator.naturalOrder());
        for (TextRange q : all) {
            GiveWay.checkpoint();
            if (quotes.containsKey(q)) {
                continue;
            }
            AttributedQuote aq = attribute(text, q, directSet.contains(q), index, outerSet, previous, previousEnd);
            quotes.put(q, aq);
            if (aq.attribution().filter(outerSet::contains).isPresent()) {
                previous = aq.attribution();
                previousEnd = q.end();
            }
        }
        return speakerAtTheEndOfRunOnQuotes(text, new ArrayList<>(quotes.values()));
    }

    private static final String CONTINUES = "continues the quote of '";

    /**
     * {@code "We will rebuild every school.¶"And we will not stop," the governor said.}: a quote running over
     * paragraphs opens each with a mark and closes only the last, where its speaker is usually named; the
     * paragraphs before it that found no speaker of their own (or only the quote before them) are that speaker's.
     * From the last part back, so that a quote over three paragraphs passes its speaker up both.
     */
    private static List<AttributedQuote> speakerAtTheEndOfRunOnQuotes(String text, List<AttributedQuote> quotes) {
        for (int i = quotes.size() - 2; i >= 0; i--) {
            AttributedQuote part = quotes.get(i);
            AttributedQuote next = quotes.get(i + 1);
            // a short part with no speaker at all is no quote (QuoteRecommender drops it): it stays one
            boolean unattributed = part.attribution().isEmpty() ? !isShort(text, part.quote())
                    : part.how().startsWith(CONTINUES);
            if (part.direct() && next.direct() && unattributed && next.attribution().isPresent()
                    && runsOnInto(text, part.quote(), next.quote())) {
                quotes.set(i, new AttributedQuote(part.quote(), true, next.attribution(),
                        "runs on into the next paragraph's quote of '" + next.attribution().get().speaker().of(text) + "'"));
            }
        }
        return List.copyOf(quotes);
    }

    /** {@code part} ends its paragraph without a closing mark and {@code next} opens the next paragraph with a mark. */
    static boolean runsOnInto(String text, TextRange part, TextRange next) {
        int p = part.end();
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        if (p >= text.length() || text.charAt(p) != '\n') {
            return false; // a closing mark or more text of the paragraph: the quote ends here
        }
        while (p < next.start() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p == next.start() - 1 && DirectQuoteFinder.OPENERS.indexOf(text.charAt(p)) >= 0;
    }

    /** Words a quote may have and still be short: with no speaker found it is not proposed (a term or title in marks). */
    private static final int SHORT_QUOTE_WORDS = 4;

    /** Whether {@code q} has at most {@link #SHORT_QUOTE_WORDS} words. */
    static boolean isShort(String text, TextRange q) {
        return q.of(text).split("\\s+").length <= SHORT_QUOTE_WORDS;
    }

    /**
     * The first rule that finds an attribution wins: the one reporting exactly this clause, one right
     * after the closing mark, one right before the opening mark, the clause it sits in, the speech cue of
     * its sentence, else the speaker of the quote before it when that is close enough.
     */
    private static AttributedQuote attribute(String text, TextRange q, boolean direct, AttributionIndex index,
                                             Set<Attribution> outer, Optional<Attribution> previous, int previousEnd) {
        Optional<Attribution> reporting = index.reporting(q)
                // "… I always said I was …" inside a quote: the outer speaker's own report, linked like the quote around it
                .filter(a -> !nestedFirstPerson(text, a, outer));
        if (reporting.isPresent()) {
            return new AttributedQuote(q, direct, reporting, "reported after '" + reporting.get().cue().of(text) + "'");
        }
        int close = closingMark(text, q.end());
        int open = openingMark(text, q.start());
        Optional<Attribution> inner = direct ? singleMarkSpeaker(text, open) : Optional.empty();
        if (inner.isPresent()) {
            return new AttributedQuote(q, direct, inner, "introduced by '" + span(text, inner.get()) + "'");
        }
        boolean sentenceClosed = endsWithFullStop(text, q);
        int sentenceStart = Sentences.startOf(text, q.start());
        // an X-said cue between the sentence's start and the quote
        Optional<Attribution> speakerBefore = index.lastSpeakerFirstWithin(sentenceStart, q.start());
        Optional<Attribution> after = index.firstBeginningIn(close, close + PUNCTUATION_GAP, a -> onlyPunctuation(text, close, a.anchor())
                && !(sentenceClosed && Character.isUpperCase(text.charAt(a.anchor())) && !endsBareSentence(text, a))
                && !(a.relays(text) && speakerBefore.isPresent()) && !opensOwnQuote(text, q, a));
        if (after.isPresent()) {
            return new AttributedQuote(q, direct, after, "followed by '" + span(text, after.get()) + "'");
        }
        Optional<Attribution> before = index.firstEndingIn(open - PUNCTUATION_GAP, open, a -> onlyPunctuation(text, a.end(), open));
        if (before.isPresent()) {
            return new AttributedQuote(q, direct, before, "introduced by '" + span(text, before.get()) + "'");
        }
        Optional<Attribution> around = index.firstReportingAround(q);
        if (around.isPresent()) {
            return new AttributedQuote(q, direct, around, "inside the clause reported by '" + span(text, around.get()) + "'");
        }
        int sentenceEnd = Sentences.endOf(text, Math.max(q.start(), q.end() - 1));
        Optional<Attribution> inSentence = speakerBefore.or(() -> index.firstBetween(q.end(), sentenceEnd));
        if (inSentence.isPresent()) {
            return new AttributedQuote(q, direct, inSentence, "same sentence as '" + span(text, inSentence.get()) + "'");
        }
        Optional<Attribution> subject = direct ? introducingSubject(text, open, sentenceStart) : Optional.empty();
        if (subject.isPresent()) {
            return new AttributedQuote(q, direct, subject, "introduced by the clause of '"
                    + subject.get().speaker().of(text) + "'");
        }
        boolean partialQuote = direct && mayBePartialQuote(text, q);
        Optional<Attribution> agent = partialQuote ? passiveAgent(text, q) : Optional.empty();
        if (agent.isPresent()) {
            return new AttributedQuote(q, direct, agent, "said by the passive's agent '" + agent.get().speaker().of(text) + "'");
        }
        Optional<Attribution> partial = partialQuote ? partialQuoteSubject(text, open, sentenceStart)
                : Optional.empty();
        if (partial.isPresent()) {
            return new AttributedQuote(q, direct, partial, "a partial quote in the sentence of '"
                    + partial.get().speaker().of(text) + "'");
        }
        Optional<Attribution> sentenceBefore = direct ? speakerOfSentenceBefore(text, index, q, open, sentenceStart)
                .filter(a -> previous.isEmpty() || previousEnd < a.anchor()) : Optional.empty();
        if (sentenceBefore.isPresent()) {
            return new AttributedQuote(q, direct, sentenceBefore, "follows the sentence of '"
                    + span(text, sentenceBefore.get()) + "'");
        }
        boolean shortQuote = isShort(text, q);
        if (previous.isPresent() && q.start() - previousEnd < CONTINUATION_DISTANCE
                && (!shortQuote || direct && ownSentence(text, q, open, sentenceStart))) {
            return new AttributedQuote(q, direct, previous, CONTINUES
                    + previous.get().speaker().of(text) + "'");
        }
        return new AttributedQuote(q, direct, Optional.empty(), "no attribution found");
    }

    /**
     * {@code The cause was reportedly "faulty wiring."}: a few words in marks woven into a sentence that reports
     * someone, a partial quote even where no speaker is found ({@link PartialQuote}).
     */
    static boolean reportedPartialQuote(String text, TextRange q) {
        return PartialQuote.inProse(text, q) && PartialQuote.inReportingSentence(text, q);
    }

    /**
     * {@code … the chairman said, 'Let's talk.'}: words in single marks right after a speech verb and a comma,
     * usually nested in a longer quote, are the verb's subject's, not the outer speaker's.
     */
    static Optional<Attribution> singleMarkSpeaker(String text, int open) {
        int p = TextScan.skipSpacesBack(text, open);
        if (open >= text.length() || text.charAt(open) != '\'' && text.charAt(open) != '‘' || p < 1
                || text.charAt(p - 1) != ',') {
            return Optional.empty();
        }
        int verbStart = TextScan.previousWordStart(text, p - 1);
        if (verbStart < 0 || !DirectQuoteFinder.SPEECH_BEFORE_COMMA.contains(TextScan.previousWord(text, p - 1))) {
            return Optional.empty();
        }
        TextRange cue = new TextRange(verbStart, p - 1);
        int subjectStart = TextScan.previousWordStart(text, verbStart);
        Optional<TextRange> speaker = subjectStart >= 0 && INDEFINITE_SPEAKERS.contains(TextScan.previousWord(text, verbStart))
                ? Optional.of(new TextRange(subjectStart, subjectStart + TextScan.previousWord(text, verbStart).length()))
                : SpeakerPhrases.before(text, verbStart);
        // I said, '…' inside a quote: the outer speaker's own words, linked as the rest of the quote
        return speaker.filter(sp -> !isFirstPerson(text, sp))
                .map(sp -> new Attribution(sp, cue, true, Optional.empty(), p));
    }

    /** A first-person report inside a direct quote ({@code outer}: the attributions outside quotes). */
    static boolean nestedFirstPerson(String text, Attribution a, Set<Attribution> outer) {
        return isFirstPerson(text, a.speaker()) && !outer.contains(a);
    }

    /** The speaker is {@code I}, {@code we} or one of their contractions. */
    static boolean isFirstPerson(String text, TextRange speaker) {
        return FIRST_PERSON.contains(speaker.of(text).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> FIRST_PERSON = java.util.Set.of("i", "we", "i've", "we've", "i'd", "we'd");

    /** Who says something, unnamed: {@code the next time someone says, '…'}. */
    private static final java.util.Set<String> INDEFINITE_SPEAKERS = java.util.Set.of("someone", "somebody", "anyone",
            "anybody", "everyone", "everybody", "nobody");

    /** {@code Reportedly, "…"}, {@code Similarly, "…"}: an adverb in {@code -ly} opening the sentence names nobody. */
    private static boolean isSentenceAdverb(String word) {
        return word.indexOf(' ') < 0 && ADVERB_ENDING.matcher(word).find();
    }

    private static final java.util.regex.Pattern ADVERB_ENDING = java.util.regex.Pattern.compile(
            "(?:edly|ally|ously|ately|ently|antly|ively|ilarly|ularly)$");

    /** {@code During the premiere, "…"}: a preposition opening the sentence starts a phrase of time or place, no speaker. */
    private static final java.util.Set<String> OPENING_PREPOSITIONS = java.util.Set.of("During", "After", "Before",
            "In", "On", "At", "Since", "Following", "Despite", "Throughout", "Until", "With", "Without", "From", "For");

    /** Capitalised words that open a clause without naming anyone: {@code Another was …}. */
    private static final java.util.Set<String> NOT_SUBJECTS = java.util.Set.of("Another", "Others", "One", "Some",
            "Many", "Most", "All", "Each", "Both", "Several");

    /** Speech verbs written first, before their speaker and a quote: {@code Remarked X, "…"}. */
    private static final java.util.Set<String> SENTENCE_OPENING_VERBS = java.util.Set.of("Said", "Remarked", "Added",
            "Explained", "Noted", "Wrote", "Stated", "Commented", "Continued", "Replied", "Declared", "Tweeted", "Recalled");

    /**
     * {@code Senator Smith spoke on the radio, "This is a mistake."}: a quote after a comma or colon that ends
     * a clause opened by a name is the name's; {@code sentenceStart} must open that name and no other quote
     * mark may stand between them.
     */
    static Optional<Attribution> introducingSubject(String text, int open, int quoteSentenceStart) {
        int markLine = TextScan.skipSpacesBack(text, open);
        int colon = colonEndingLineBefore(text, markLine);
        // "Seidenberg denied any allegation:\n"[T]he advances …": a quote on its own line after a clause ending in a colon
        boolean ownLine = colon > 0 && markLine <= quoteSentenceStart;
        int p = ownLine ? colon + 1 : markLine;
        int sentenceStart = ownLine ? Sentences.startOf(text, colon) : quoteSentenceStart;
        if (p <= sentenceStart || text.charAt(p - 1) != ',' && text.charAt(p - 1) != ':') {
            return Optional.empty();
        }
        int s = sentenceStart;
        while (s < p && text.charAt(s) == ' ') {
            s++;
        }
        for (int i = s; i < p; i++) {
            if ("\"“”‘’'".indexOf(text.charAt(i)) >= 0 && !(i > s && Character.isLetter(text.charAt(i - 1)))) {
                return Optional.empty();
            }
        }
        int opened = afterOpeningPhrase(text, s, p);
        // "Remarked scientist Tierra Curry, "…"": a speech verb that opens the sentence comes before its speaker
        String first = TextScan.firstWord(text.substring(opened, p));
        int from = opened == s && SENTENCE_OPENING_VERBS.contains(first) ? opened + first.length() + 1 : opened;
        boolean afterOpener = from > s && opened > s;
        return SpeakerPhrases.after(text, from)
                .filter(sp -> sp.start() == from && sp.end() < p && opensClause(sp.of(text), afterOpener)
                        && !NOT_SUBJECTS.contains(sp.of(text)) && !isSentenceAdverb(sp.of(text))
                        && !OPENING_PREPOSITIONS.contains(TextScan.firstWord(sp.of(text)))
                        && (text.startsWith(", ", sp.end()) || sp.end() + 1 < p && text.charAt(sp.end()) == ' '
                        && Character.isLowerCase(text.charAt(sp.end() + 1))
                        // "Said Ellis: "…"": the verb first, its speaker right before the colon
                        || from > opened && sp.end() == p - 1 && text.charAt(sp.end()) == ':'))
                .map(sp -> {
                    int c = sp.end() + 1;
                    return new Attribution(sp, new TextRange(c, Math.min(p, c + 1)), true, Optional.empty(), p);
                });
    }

    /** Words that open a sentence with a phrase of time or place set off by a comma: {@code Earlier this week, …}. */
    private static final java.util.Set<String> OPENING_TIME_WORDS = java.util.Set.of("Earlier", "Later", "Last", "Yesterday",
            "Today", "Meanwhile", "Separately", "Afterwards", "Previously", "Then");
    private static final int OPENING_PHRASE_REACH = 40;
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "they");

    /**
     * {@code On Monday, Senator Smith made the following announcement:}: where the clause's subject starts after a
     * short opening phrase of time or place (no quote mark, no other comma in it), else {@code start}.
     */
    private static int afterOpeningPhrase(String text, int start, int end) {
        // one character more than the reach: a comma at its last place still has its space
        String opening = text.substring(start, Math.min(end, start + OPENING_PHRASE_REACH + 1));
        String first = TextScan.firstWord(opening);
        if (!OPENING_PREPOSITIONS.contains(first) && !OPENING_TIME_WORDS.contains(first)) {
            return start;
        }
        int comma = opening.indexOf(", ");
        return comma > 0 && start + comma + 2 < end ? start + comma + 2 : start;
    }

    /**
     * A subject that can open the clause introducing a quote: capitalised and no pronoun; after an opening phrase
     * also a determiner phrase ({@code Earlier this week, an official account …}) or a person's pronoun
     * ({@code In his message, he appreciated …: "…"}).
     */
    private static boolean opensClause(String subject, boolean afterOpener) {
        if (afterOpener && PERSON_PRONOUNS.contains(subject)) {
            return true;
        }
        return !SpeechVocabulary.PRONOUNS.contains(subject.toLowerCase(java.util.Locale.ROOT))
                && (Character.isUpperCase(subject.charAt(0))
                || afterOpener && SpeechVocabulary.DETERMINERS.contains(TextScan.firstWord(subject)));
    }

    /**
     * {@code declared a "pandemic" by the WHO}, {@code condemned by the UN as "…"}: the passive's agent after the marks
     * or before them, with {@code by} as the cue.
     */
    static Optional<Attribution> passiveAgent(String text, TextRange q) {
        return PassiveAgent.after(text, q).or(() -> PassiveAgent.before(text, q))
                .map(sp -> new Attribution(sp, new TextRange(sp.start() - 3, sp.start() - 1), false, Optional.empty(), sp.end()));
    }

    /**
     * {@code she looked at the role as a "chance to face my demons,"}: words in marks inside a sentence with no
     * attribution of its own are those of the sentence's subject, when that is a person (a pronoun or a name).
     */
    static Optional<Attribution> partialQuoteSubject(String text, int open, int sentenceStart) {
        int before = TextScan.skipSpacesBack(text, open);
        if (before <= sentenceStart || !Character.isLetter(text.charAt(before - 1))
                || !Character.isLowerCase(text.charAt(TextScan.previousWordStart(text, before)))) {
            return Optional.empty(); // not after a lower-case word of running text
        }
        return AttributionFinder.sentenceSubject(text, open).filter(sp -> sp.end() < open && isPerson(text, sp)
                        // "a novel, which the New York Times called "…"": a relative clause between has a subject of its own
                        && !RELATIVE_CLAUSE.matcher(text).region(sp.end(), open).find()
                        // "He was known as a "friend to all"", "X was described by Y as "…"": no words of the subject
                        && AnchoredScan.at(BE_AFTER_SUBJECT, text, sp.end()).isEmpty())
                .map(sp -> new Attribution(sp, new TextRange(sp.end(), sp.end()), true, Optional.empty(), sp.end()));
    }

    /**
     * A personal pronoun or a name: a capitalised first word that is not a determiner and, when it stands alone, is
     * capitalised inside a sentence nearby too ({@code Trump}, not a sentence's first word {@code Backlash}).
     */
    private static boolean isPerson(String text, TextRange phrase) {
        String s = phrase.of(text);
        String first = TextScan.firstWord(s);
        if (PERSONAL_PRONOUNS.contains(s)) {
            return true;
        }
        if (ORGANISATION_ARTICLES.contains(first) && isProperName(s.substring(first.length()).strip())) {
            return true; // "The State Department gave its "deepest sympathies"": a body named with its article
        }
        if (!TextScan.startsUpper(first) || SpeechVocabulary.NOT_NAMES.contains(first) || NOT_PERSONS.contains(first)
                || SpeechVocabulary.DETERMINERS.contains(first.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return s.indexOf(' ') > 0 || capitalisedInsideASentence(text, s, phrase.start());
    }

    private static final int NAME_REACH = 3000;

    private static boolean capitalisedInsideASentence(String text, String word, int at) {
        int from = Math.max(0, at - NAME_REACH);
        String window = text.substring(from, Math.min(text.length(), at + NAME_REACH)); // no search to the text's end
        for (int w = window.indexOf(word); w >= 0; w = window.indexOf(word, w + 1)) {
            int i = from + w;
            if (i != at && TextScan.isWholeWord(text, i, i + word.length()) && !TextScan.isSentenceStart(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern BE_AFTER_SUBJECT = java.util.regex.Pattern.compile(
            " (?:was|were|is|are|has been|have been|had been|being)\\b(?! \\p{Ll}+ing\\b)");

    static final int PARTIAL_QUOTE_WORDS = 4;

    /**
     * A term in marks ({@code "Operation Peace Spring"}, {@code a process called "exfiltration"}) is nobody's words: a
     * partial quote is a phrase of a few words at least, or a shorter one woven into prose ({@link PartialQuote}).
     */
    static boolean mayBePartialQuote(String text, TextRange q) {
        return q.of(text).split("\\s+").length >= PARTIAL_QUOTE_WORDS || PartialQuote.inProse(text, q);
    }

    private static final java.util.regex.Pattern RELATIVE_CLAUSE = java.util.regex.Pattern.compile(
            "\\b(?:which|whom|whose|who|that)\\b");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "He", "She");
    private static final Set<String> ORGANISATION_ARTICLES = Set.of("The", "the");
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "on", "the");

    /**
     * {@code State Department}, {@code Ministry of Health}, {@code WHO}: every word capitalised but the joining ones, and
     * more than one word unless an acronym (one word, {@code the Canadian city}, may be an adjective cut from its noun).
     */
    private static boolean isProperName(String words) {
        String[] parts = words.split(" ");
        if (words.isEmpty() || !TextScan.startsUpper(parts[0])
                || parts.length == 1 && (words.length() < 2 || !words.equals(words.toUpperCase(java.util.Locale.ROOT)))) {
            return false;
        }
        for (String part : parts) {
            if (!TextScan.startsUpper(part) && !NAME_JOINERS.contains(part)) {
                return false;
            }
        }
        return true;
    }
    private static final Set<String> NOT_PERSONS = Set.of("This", "These", "That", "Those", "Some", "Many", "Most", "All",
            "Each", "Every", "No", "One", "Its", "Their", "Our", "You", "I", "It");

    /** The colon that ends the line before the one starting at {@code lineStart} (blank lines between), or -1. */
    private static int colonEndingLineBefore(String text, int lineStart) {
        int q = lineStart;
        while (q > 0 && Character.isWhitespace(text.charAt(q - 1))) {
            q--;
        }
        return q > 0 && q < lineStart && text.charAt(q - 1) == ':' && text.substring(q, lineStart).indexOf('\n') >= 0
                ? q - 1 : -1;
    }

    /**
     * {@code … the minister said. "We will rebuild."}: a short quote that is a sentence of its own, its
     * opening mark where the sentence starts and its full stop inside the marks (not a term in scare quotes).
     */
    /**
     * {@code Jo Bloggs told of her first years. "I got no work."}: a quote standing as its own sentence right after a
     * sentence whose speaker reported no words of their own there is that speaker's.
     */
    private static Optional<Attribution> speakerOfSentenceBefore(String text, AttributionIndex index, TextRange q,
                                                                int open, int sentenceStart) {
        Optional<TextRange> before = sentenceBefore(text, q, open, sentenceStart);
        return before.flatMap(b -> index.lastSpeakerFirstWithin(b.start(), b.end()).filter(a -> reportsNothing(a, b)));
    }

    /** The sentence (up to its full stop) right before a quote that stands as its own sentence. */
    static Optional<TextRange> sentenceBefore(String text, TextRange q, int open, int sentenceStart) {
        int stop = TextScan.skipSpacesBack(text, sentenceStart) - 1;
        if (stop < 1 || text.charAt(stop) != '.' || !ownSentence(text, q, open, sentenceStart)) {
            return Optional.empty();
        }
        return Optional.of(new TextRange(Sentences.startOf(text, stop), stop));
    }

    /** An attribution within {@code sentence} that reports no words there. */
    static boolean reportsNothing(Attribution a, TextRange sentence) {
        return a.content().isEmpty() && a.anchor() >= sentence.start();
    }

    static boolean ownSentence(String text, TextRange q, int open, int sentenceStart) {
        String s = q.of(text).strip();
        boolean closed = s.endsWith(".") || s.endsWith("!") || s.endsWith("?");
        return closed && open < q.start() && open <= sentenceStart + 1 && Character.isUpperCase(s.charAt(0))
                && text.substring(Math.max(0, sentenceStart), open).isBlank();
    }

    static String span(String text, Attribution a) {
        int s = Math.min(a.speaker().start(), a.cue().start());
        int e = Math.max(a.speaker().end(), a.cue().end());
        return text.substring(s, e);
    }

    /**
     * {@code "… be exempt?" Archbishop Scicluna said, "People must know …"}: after a quote that ends its sentence, an
     * attribution that introduces a quote of its own (a comma or colon, then a capitalised quote) is that quote's.
     */
    static boolean opensOwnQuote(String text, TextRange q, Attribution a) {
        String s = q.of(text).strip();
        if (s.isEmpty() || ".?!".indexOf(s.charAt(s.length() - 1)) < 0) {
            return false;
        }
        int p = a.end();
        if (p >= text.length() || text.charAt(p) != ',' && text.charAt(p) != ':') {
            return false;
        }
        p++;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p + 1 < text.length() && "\"“«„".indexOf(text.charAt(p)) >= 0 && Character.isUpperCase(text.charAt(p + 1));
    }

    /** {@code "… I may do it." Trump said}: a full stop inside the marks ends the sentence before what follows. */
    static boolean endsWithFullStop(String text, TextRange q) {
        String s = q.of(text).strip();
        return s.endsWith(".") && !s.endsWith("...") || s.endsWith("[.]"); // an editor's full stop in brackets
    }

    /**
     * {@code "… a trial." Pelosi said.}: an attribution that reports nothing and closes its own sentence belongs to
     * the quote before it, even after the quote's full stop.
     */
    static boolean endsBareSentence(String text, Attribution a) {
        int p = a.end();
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return a.content().isEmpty() && (p >= text.length() || text.charAt(p) == '.' || text.charAt(p) == '\n');
    }

    static int closingMark(String text, int end) {
        int p = end;
        while (p < text.length() && (Character.isWhitespace(text.charAt(p)) && text.charAt(p) != '\n')) {
            p++;
        }
        if (p >= text.length() || Character.isLetterOrDigit(text.charAt(p))) {
            return end;
        }
        // ''…?'' Mr. Trump asked: two single marks that stand for one double mark
        return text.startsWith("''", p) ? p + 2 : p + 1;
    }

    static int openingMark(String text, int start) {
        int p = start;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (p <= 0 || Character.isLetterOrDigit(text.charAt(p - 1))) {
            return start;
        }
        return p >= 2 && text.startsWith("''", p - 2) ? p - 2 : p - 1;
    }

    /** Only spaces, commas, colons or dashes between {@code from} and {@code to}. */
    static boolean onlyPunctuation(String text, int from, int to) {
        if (to - from > PUNCTUATION_GAP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (" ,:—–-".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
