package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;
import org.newsmark.suggest.pace.GiveWay;
import org.newsmark.text.TextScan;

/**
 * Finds attributions ({@code X said}, {@code said X}, {@code X told Y}, {@code according to X}) and the
 * indirect speech they report, following the guideline boundaries: no speech verb, no {@code that},
 * no time phrase of the verb.
 */
final class AttributionFinder {

    private static final String ACCORDING_TO = "according to";
    private static final String PER = "Per";
    private static final String BY = "by";
    /** Participles whose agent after {@code by} reports something: {@code reported by local media as …}. */
    private static final Set<String> PASSIVE_REPORTS = Set.of("reported", "announced", "estimated", "claimed",
            "alleged", "stated", "described", "predicted");
    /**
     * What a passive report says about its subject ({@code as convicted of assaults}, {@code to have visited …}), or
     * the clause it reports ({@code it was estimated by scientists that …}).
     */
    private static final Pattern PASSIVE_CONTENT = Pattern.compile(" (?:as (?=\\p{L})|that |(?=to \\p{Ll}))");
    /** An article and one quoted phrase: {@code a "historic mandate"}, whose words are the quote without the article. */
    private static final Pattern ARTICLE_THEN_QUOTE = Pattern.compile("(?:[Aa]n?|[Tt]he) [\"“‘][^\"“”‘’]+[\"”’]");
    private static TextRange withoutArticle(String text, TextRange content) {
        if (!ARTICLE_THEN_QUOTE.matcher(content.of(text)).matches()) {
            return content;
        }
        int open = text.indexOf(' ', content.start()) + 2;
        return new TextRange(open, content.end() - 1);
    }

    /** Where the content of a passive report ends: a comma, or the agent of a second report ({@code and by X of …}). */
    private static final Pattern PASSIVE_CONTENT_END = Pattern.compile(",| and by ");
    /** {@code according to a Twitter post by X}: the author of a document is the one it reports. */
    private static final java.util.regex.Pattern AUTHORED_BY = java.util.regex.Pattern.compile(
            " (?:(?:a|an|the) (?:[\\p{L}-]+ ){0,2}?(?:post|statement|report|tweet|letter|message|study|survey|press release)s?"
            + "|(?:the )?(?:numbers|figures|data|estimates))"
            + "(?: (?:released|issued|published|posted|sent|reported))?"
            // {@code a tweet on Monday by X}: when it was posted stands between the document and its author
            + "(?: (?:on|last|this) \\p{Lu}\\p{L}+(?: \\d{1,2})?)? by(?= )");
    static final Pattern TIME_BEFORE_VERB = Pattern.compile("(?:(?:during|over|on|in|at|earlier|late|last|this)"
            + " (?:the )?(?:weekend|week|month|year|morning|afternoon|evening|night|day)"
            // {@code The committee on Monday announced}, {@code Smith on July 4 told}, {@code officials yesterday said}
            + "|(?:on |late |early |as of )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?"
            + "|on (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}"
            + "|yesterday|today) *$");
    /** Words between a subject and its speech verb: {@code went on to say}. */
    private static final List<String> PERIPHRASES = List.of("went on to", "goes on to", "continued to",
            "was quoted to", "wanted to", "went as far as to", "went as far to");
    private static final String AS_SAYING = " as saying";
    private static final String AND = " and ";
    /**
     * First words of a time or place phrase that opens a sentence before {@code , according to X,}: the
     * report is then the clause after X ({@code On Sunday in London, according to police, a man …}).
     */
    private static final Set<String> INTRODUCTORY = Set.of("On", "In", "At", "During", "After", "Before", "Since",
            "Earlier", "Later", "Last", "Yesterday", "Today", "Overnight", "Meanwhile");
    /**
     * Speech verbs of more than one word that report a clause: {@code pointed out she had …}; {@code made clear that …}
     * ({@link SpeechVocabulary#NEED_THAT}: {@code made clear his opposition} reports nothing).
     */
    private static final List<String> PHRASAL_CUES = List.of("pointed out", "made it clear", "makes it clear",
            "made clear", "makes clear",
            // a retort: {@code "That is not true," she shot back.}
            "shot back", "fired back", "hit back");
    /**
     * Words before a verb whose speaker is the subject of the sentence: {@code and said}, and the relative
     * pronoun of a statement the subject made ({@code They released a statement which said}).
     */
    private static final Set<String> RELATIVE_SUBJECT = Set.of("and", "which", "but");
    private static final Set<String> NOT_CLAUSE_START = Set.of("to", "of", "about", "on", "in", "for", "with", "by",
            "at", "from", "as", "and", "or", "but", "so", "whether", "how", "what", "why", "when", "where",
            "who", "which", "it's", "its", "out", "after", "against", "into", "upon", "toward", "towards", "than",
            "onto", "regarding", "concerning", "before", "during", "via", "amid", "following", "goodbye", "hello", "yes", "no", "sorry", "thanks", "thank",
            // "said without further comment", "tweeted shortly after the ruling": no clause
            "without", "shortly", "despite");

    /**
     * After {@code that}: not a verb at once, which makes it a demonstrative ({@code and that worried investors},
     * {@code ; but that was expected}) rather than the start of a second reported clause.
     */
    private static final String NOT_DEMONSTRATIVE = "(?!\\s*(?:is|was|were|are|has|had|have|will|would|could|can|may"
            + "|might|should|must|did|does|do|seems|seemed|means|meant|\\p{Ll}{2,}ed)\\b)";
    /**
     * What follows a reported clause without being part of it: {@code , blaming …}, {@code , which …}, {@code ;},
     * {@code and added …}.
     */
    /**
     * {@code a White House official who spoke anonymously to discuss internal strategy said}: the phrase before a
     * relative {@code who} whose clause runs without a comma up to the verb.
     */
    private static Optional<TextRange> relativeClauseSubject(String text, int verbStart) {
        int sentenceStart = Sentences.startOf(text, verbStart);
        int who = TextScan.lastIndexOf(text, " who ", verbStart, Math.max(sentenceStart, verbStart - MAX_RELATIVE_CLAUSE));
        if (who < 0 || TextScan.previousWordStart(text, verbStart) <= who + 1) { // "X who said": the relative's own verb
            return Optional.empty();
        }
        for (int i = who + 5; i < verbStart; i++) {
            if (",;:\"“”()".indexOf(text.charAt(i)) >= 0) {
                return Optional.empty();
            }
        }
        return SpeakerPhrases.before(text, who)
                .filter(p -> namesSomeone(p.of(text)) || CommonNounPhrase.namesPerson(TextScan.previousWord(text, p.end())
                        .toLowerCase(Locale.ROOT)))
                .filter(p -> !SpeechVocabulary.PRONOUNS.contains(p.of(text).toLowerCase(Locale.ROOT)))
                .or(() -> personOfPlace(text, sentenceStart, who)
                        // a restrictive relative clause is part of the speaker, as after a bare noun (see DescribedSubject)
                        .map(r -> new TextRange(r.start(), TextScan.skipSpacesBack(text, verbStart))));
    }

    /** {@code A resident of the town} before {@code who}: a person's noun and where the person is from. */
    private static Optional<TextRange> personOfPlace(String text, int sentenceStart, int who) {
        Matcher m = PERSON_OF_PLACE.matcher(text).region(sentenceStart, who);
        return m.find() && CommonNounPhrase.namesPerson(m.group(2)) ? Optional.of(new TextRange(m.start(1), m.end(1)))
                : Optional.empty();
    }

    private static final Pattern PERSON_OF_PLACE = Pattern.compile("(?:^|(?<=[,;] ))((?:[Aa]n?|[Tt]he|[Oo]ne) (?:[\\p{Ll}-]+ ){0,2}"
            + "(\\p{Ll}+) (?:of|from|in|at|near) (?:the |a |an )?[\\p{L}'’-]+(?: [\\p{L}'’-]+){0,2})$");

    private static final int MAX_RELATIVE_CLAUSE = 100;

    /** Cues that are as often plural nouns: {@code states}, {@code rules}, {@code notes}. */
    private static final Set<String> NOUN_LIKE_CUES = Set.of("states", "rules", "notes");

    /**
     * {@code four other states}, {@code Republican states}, {@code party rules}: the word before is a count, a
     * quantifier, or an adjective of a party or region (not a name: {@code The Aviation Herald states the 707 …}).
     */
    private static boolean modifiesNoun(String text, int cueStart) {
        String previous = TextScan.previousWord(text, cueStart);
        if (previous.isEmpty()) {
            return false;
        }
        return Character.isDigit(previous.charAt(0)) || NOUN_MODIFIERS.contains(previous.toLowerCase(Locale.ROOT))
                || AnchoredScan.at(MODAL_AFTER, text, TextScan.wordEnd(text, cueStart)).isPresent();
    }

    /** {@code The convention rules may be moot}, {@code Current rules allow}: a modal or plural verb after the noun. */
    private static final Pattern MODAL_AFTER = Pattern.compile(" (?:may|might|will|would|can|could|should|must|are|were|have"
            + "|had|allow|require|prohibit|bar|do|don't|say)\\b");

    private static final Set<String> NOUN_MODIFIERS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fifty", "dozen", "dozens", "hundreds", "more", "other", "some", "several", "many",
            "all", "both", "few", "most", "these", "those", "member", "swing",
            "battleground", "key", "remaining", "early", "southern", "northern", "eastern", "western", "neighboring",
            "neighbouring", "party", "new", "house", "senate", "such", "island", "coastal", "border", "gulf", "baltic",
            "republican", "democratic", "midwestern", "american", "european", "african", "asian", "arab", "caribbean",
            "pacific", "atlantic", "balkan", "belt", "current", "convention", "existing", "federal", "its", "their", "the");

    /** {@code , and other GOP leaders said}: a second subject and its own speech verb after {@code , and}. */
    private static final Pattern ANOTHER_SPEAKER = Pattern.compile(",\\s+and\\s+(?!that\\b|then\\b)(?:[\\p{L}'’.-]+\\s+){1,6}?"
            + "(?:said|says|say|told|added|argued|noted|wrote|warned|insisted|stated)\\b");

    /** The subject's next speech verb after its report: {@code , but warned that …}, {@code , and added …}. */
    private static final Pattern SAME_SPEAKER_AGAIN = Pattern.compile(",\\s+(?:but|and)\\s+(?:also\\s+)?(?:said|told|added"
            + "|argued|noted|warned|insisted|stated|stressed|cautioned|acknowledged|conceded)\\b");

    /** {@link #ANOTHER_SPEAKER} without the comma: taken only after the clause has a verb of its own. */
    private static final Pattern ANOTHER_SPEAKER_WITHOUT_COMMA = Pattern.compile("\\s+and\\s+(?!that\\b|then\\b|also\\b"
            + "|later\\b|further\\b|again\\b)(?:[\\p{L}'’.-]+\\s+){1,3}?(?:said|says|say|told|added|argued|noted|wrote"
            + "|warned|insisted|stated)\\b");
    private static final Pattern FINITE_WORD = Pattern.compile("\\b(?:is|are|was|were|has|have|had|will|would|could|can"
            + "|\\p{Ll}{3,}ed)\\b");

    private static final String SPEECH_PARTICIPLE = "(?:" + String.join("|", SpeechVocabulary.SUBJECT_CUES) + ")\\b";

    /** Participles of what an event caused, which go on with the clause reported about it. */
    private static final String CONSEQUENCES = "resulting|leading|killing|injuring|wounding|leaving|causing|creating"
            + "|putting|forcing|prompting|displacing|destroying|damaging|affecting|bringing|raising|pushing|sending|making";

    // every alternative opens with a semicolon, comma, colon or space: the look-ahead turns down the other indices
    // before the alternatives are tried one by one at each
    private static final Pattern CLAUSE_TAIL = Pattern.compile("(?=[;,:\\s])(?:;|,\\s+(?:which\\b"
            // {@code the debate, which was set for May 5, has been cancelled}: a relative inside the clause's subject
            + "(?![^,;.\"“”]{1,80},\\s+(?:has|have|had|is|was|were|are|will|would)\\b)"
            // {@code , resulting in 4,600 deaths}: what the reported event caused is part of what was said
            + "|(?!during|including|according|concerning|regarding|" + CONSEQUENCES + ")\\p{Ll}{3,}ing\\b"
            // {@code , according to the News.com.au report}: the writer's source for the report
            + "|according to\\b"
            // {@code , a claim his rivals denied}: the writer's word on what was said
            + "|(?:a|an) (?:claim|account|charge|allegation|assertion|accusation|version)\\b"
            // {@code , Reuters reported.}, {@code , the ministry added in a statement}: who relayed it, or a second speaker
            + "|(?!(?:and|but|or|while|whereas|though|although|which|who|whom) )(?:[\\p{L}'’.-]+ ){1,5}?"
            + "(?:said|says|reported|reports|added|adds|wrote|noted|stated)\\b"
            // {@code , further saying, "…"}: the speaker's next words after an adverb are a report of their own
            + "|(?:further|also|later|then|again) " + SPEECH_PARTICIPLE
            // {@code , though it was later found …}, {@code , whose …}: a concession or relative clause of the writer
            + "|(?:though|although|despite|whose)\\b"
            // {@code , before reversing course}: what the subject did next, the writer's account
            + "|(?:before|after|while|without|instead of) \\p{Ll}{2,}ing\\b)"
            // {@code said he died in Britain without elaborating.}: how the speaker spoke, not what they said
            + "|\\s+without (?:elaborating|specifying|giving (?:details|a reason|further)|providing (?:details|evidence)"
            + "|offering (?:details|evidence)|citing (?:evidence|sources)|naming|explaining)(?=[.,;])"
            // {@code reported Hamza bin Laden to be dead citing sources within …}: the report's source is no part of it
            + "|\\s+citing\\s"
            // {@code tweeted her reasoning saying, "…"}: a participle of speech and its quote are no part of the clause
            + "|\\s+(?:saying|adding|stating|writing|noting|declaring|tweeting)[,:]?\\s*(?=[\"“])"
            // {@code — suggesting …}: a participle after a dash is the writer's gloss
            + "|(?<=\\S)\\s+[—–]\\s+(?!during|including|according|concerning|regarding)\\p{Ll}{3,}ing\\b"
            // {@code said the attack was unjustified and called for calm}: the speaker's next act of speech, not the report
            + "|,?\\s+and (?:also )?(?:called|urged|asked|mentioned|claimed|noted|warned|praised|criticised|criticized"
            + "|condemned|announced|vowed|promised|pledged|insisted|argued|accused|blamed|thanked|welcomed|expressed|stressed)\\b"
            // {@code X said A and that B}: a second reported clause starts (see coordinated)
            + "|,?\\s+and that\\s" + NOT_DEMONSTRATIVE
            // {@code said it is possible "that …," and the ban followed …}: after a quote closed with its comma, "and"
            // joins the subject's next verb or another reported clause (see coordinated)
            + "|(?<=,[\"”])\\s+and\\s"
            // {@code "costs Africa $5 billion," further saying, "…"}: after a quote closed with its comma, likewise
            + "|(?<=,[\"”])\\s+(?:(?:further|also|later|then|again) )?" + SPEECH_PARTICIPLE
            // {@code said the part "is faulty" which was …}: a relative clause after a closing mark is the writer's
            + "|(?<=[\"”])\\s+which\\b(?!\\s*[\"“])"
            // {@code said the plan was "a disaster" in a post on X.}: the document the words were said in, after their
            // closing mark and to the end of the sentence (not {@code "clear signs" in the video}, where the clause goes on)
            + "|(?<=[\"”])\\s+in (?:a|an|his|her|its|their) (?:\\p{Ll}+ )?" + SpeechVocabulary.SPEECH_DOCUMENTS
            + "(?: on [\\p{L} ]{1,30})?(?=\\.(?:\\s|$))"
            // {@code … "a disaster" (he did not elaborate).}: the writer's aside in brackets, after the closing mark
            + "|(?<=[\"”])\\s+\\((?:he|she|they)\\s"
            // {@code said the plan was "a disaster" — a view shared by many.}: the writer's gloss after a dash
            + "|(?<=[\"”])\\s+[—–]\\s+(?:a|an)\\s+\\p{Ll}+\\s+(?:that|which|\\p{Ll}+ed)\\b"
            // {@code said he had won despite several recounts}: a concession of the writer, also without a comma
            + "|\\s+despite\\s"
            // {@code said he was "humbled" by the results and "…I will …"}: a whole sentence quoted after "and" is its own quote
            + "|(?<=[\\p{L}\\d])\\s+and\\s+(?=[\"“](?:\\.\\.\\.|…|\\p{Lu}))"
            // {@code said it was due to a lack of airtime, and he accused …}: the writer's next sentence about a third person
            + "|,\\s+and (?:he|she) (?:also )?\\p{Ll}{3,}ed\\b"
            // {@code said A, per WHO guidelines}: the writer's source for A, not A
            + "|,\\s+per\\s"
            // {@code said for years that priests should follow rules, so why should bishops be exempt?}: the speaker's
            // own question after the report
            + "|,\\s+so (?:why|what|how|who|where|when)\\b"
            // {@code X said A while Y wrote B}: another speaker's report (checked in clauseEnd)
            + "|,?\\s+(?:while|whereas)\\s|,\\s+but\\s"
            // {@code indicated it was disappointed: "While we …"}: a direct quote after a colon is no part of the clause
            + "|:(?=\\s*[\"“«„])"
            // {@code X said A, and added B}: the subject's second speech verb starts another report
            + "|,?\\s+and (?:then |also |later )?(?:added|adds|said|says|noted|stressed|explained|warned|told|stated"
            + "|insisted|argued|claimed|announced|urged|described|mentioned|called|accused|criticised|criticized"
            + "|condemned|praised|vowed|pledged|thanked|asked|suggested|denied|dismissed)\\b)");
    private static final Pattern LOWER_WORD = Pattern.compile(" ?\\p{Ll}+");
    private static final String QUOTE_MARKS = "\"“”‘’'«»‹›„‚「」『』";

    List<Attribution> find(String text, List<TextRange> quotes) {
        RangesAt directQuotes = new RangesAt(quotes);
        List<Attribution> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int words = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if ((++words & 255) == 0) {
                GiveWay.checkpoint();
            }
            // only capitalised words in -ing are cut out to be looked up: this runs for every word
            if (Character.isUpperCase(text.charAt(i)) && text.startsWith("ing", end - 3)
                    && OPENING_PARTICIPLES.contains(text.substring(i, end))) {
                openingParticiple(text, new TextRange(i, end), directQuotes).ifPresent(out::add);
                i = end;
                continue;
            }
            boolean per = isSentenceInitialPer(text, i, end);
            boolean according = per || text.regionMatches(true, i, ACCORDING_TO, 0, ACCORDING_TO.length())
                    && isWordBoundary(text, i, i + ACCORDING_TO.length());
            if (isWordBoundary(text, i, end) && (according || Character.isLowerCase(text.charAt(i))
                    && CUE_WORDS.contains(text, i, end)) && !reportedThought(text, i, end, out)) {
                int cueEnd = according && !per ? i + ACCORDING_TO.length() : end;
                cue(text, new TextRange(i, cueEnd), according, directQuotes).map(a -> sharedSpeaker(text, a, out))
                        .ifPresent(a -> {
                            addWithParenthetical(text, a, !directQuotes.any(a.cue().start()), out);
                            coordinated(text, a, out);
                        });
            }
            i = end;
        }
        List<Attribution> credits = BlockQuoteCredit.find(text);
        if (!credits.isEmpty()) {
            out.addAll(credits);
            out.sort(java.util.Comparator.comparingInt(a -> a.cue().start())); // stable: the scan's order otherwise
        }
        return withoutRelayedReports(text, out);
    }

    /**
     * {@code NPR reported Adil Abdul-Mahdi, the Prime Minister, said the troops must leave}: a report whose clause opens
     * with someone else's attribution only relays it; the inner attribution reports the words, the outer none.
     */
    private static List<Attribution> withoutRelayedReports(String text, List<Attribution> found) {
        java.util.Map<Integer, Attribution> bySpeakerStart = new java.util.HashMap<>();
        for (Attribution a : found) {
            if (a.speakerFirst() && a.content().isPresent()) {
                bySpeakerStart.putIfAbsent(a.speaker().start(), a);
            }
        }
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found) {
            Attribution inner = a.content().map(c -> bySpeakerStart.get(c.start())).orElse(null);
            boolean relayed = inner != null && inner != a && RELAY_CUES.contains(a.cue().of(text).toLowerCase(Locale.ROOT))
                    && a.content().get().contains(inner.cue());
            out.add(relayed ? new Attribution(a.speaker(), a.cue(), a.speakerFirst(), Optional.empty(), a.end()) : a);
        }
        return out;
    }

    /** Cues of outlets and documents, which relay the attributions they report. */
    private static final Set<String> RELAY_CUES = Set.of("reported", "reports", "report", ACCORDING_TO);

    /**
     * {@code X reported that A; that B; and that C}, {@code X said A and that B}: each further {@code that}-clause
     * joined to the reported clause is reported by the same attribution, one span each.
     */
    private static void coordinated(String text, Attribution a, List<Attribution> out) {
        Optional<TextRange> previous = a.content();
        for (int k = 0; previous.isPresent() && k < MAX_COORDINATED; k++) {
            int previousEnd = previous.get().end();
            Optional<MatchResult> join = AnchoredScan.at(THAT_JOIN, text, previousEnd);
            if (join.isEmpty() && previousEnd >= 2 && text.charAt(previousEnd - 2) == ','
                    && "\"”".indexOf(text.charAt(previousEnd - 1)) >= 0) {
                join = AnchoredScan.at(AND_JOIN, text, previousEnd)
                        .filter(m -> subjectFirst(text, m.end()) && ReportedClauseStart.at(text, m.end()));
            }
            if (join.isEmpty()) {
                return;
            }
            int start = join.get().end();
            previous = clause(text, start, clauseEnd(text, start));
            previous.ifPresent(c -> out.add(new Attribution(a.speaker(), a.cue(), a.speakerFirst(), Optional.of(c), a.end())));
        }
    }

    private static final int MAX_COORDINATED = 4;
    private static final Pattern AND_JOIN = Pattern.compile("\\s+and\\s+(?=\\S)");

    /** {@code the ban followed …}, not {@code vowed to appeal}: a clause after {@code and} opens with its subject, not a verb. */
    private static boolean subjectFirst(String text, int at) {
        Optional<MatchResult> w = AnchoredScan.at(LOWER_WORD, text, at);
        String first = w.map(m -> m.group().strip()).orElse("");
        return !first.isEmpty() && (SpeechVocabulary.DETERMINERS.contains(first) || SUBJECT_WORDS.contains(first))
                || w.isEmpty() && at < text.length() && Character.isUpperCase(text.charAt(at));
    }

    private static final Set<String> SUBJECT_WORDS = Set.of("he", "she", "they", "it", "we", "this", "these", "those");
    /** What joins a second reported clause to the first: {@code ; that}, {@code , and that}, {@code and that}. */
    private static final Pattern THAT_JOIN = Pattern.compile("(?:;|,)?\\s+(?:and |or |but )?that\\s+(?=\\S)" + NOT_DEMONSTRATIVE);

    /**
     * {@code Calling it "a farce", Smith said …}: a sentence opened by a participle of describing whose object holds a
     * quote; the subject after the phrase's comma is the speaker of the quote (and of the sentence's other words).
     */
    private static Optional<Attribution> openingParticiple(String text, TextRange cue, RangesAt directQuotes) {
        if (Sentences.startOf(text, cue.start()) != cue.start() || directQuotes.any(cue.start())) {
            return Optional.empty();
        }
        int sentenceEnd = Sentences.endOf(text, cue.end());
        int mark = cue.end();
        while (mark < Math.min(sentenceEnd, cue.end() + PARTICIPLE_REACH) && "\"“‘«„".indexOf(text.charAt(mark)) < 0) {
            mark++;
        }
        Optional<TextRange> quote = mark < sentenceEnd ? directQuotes.first(mark) : Optional.empty();
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        int comma = quote.get().end();
        while (comma < sentenceEnd && " \"”’'".indexOf(text.charAt(comma)) >= 0) {
            comma++;
        }
        if (comma >= sentenceEnd || text.charAt(comma) != ',') {
            return Optional.empty();
        }
        int from = comma + 1;
        return SpeakerPhrases.after(text, from)
                .filter(sp -> Character.isUpperCase(text.charAt(sp.start())) || SpeechVocabulary.DETERMINERS
                        .contains(TextScan.firstWord(sp.of(text)).toLowerCase(Locale.ROOT)))
                .filter(sp -> text.substring(from, sp.start()).isBlank())
                .map(sp -> new Attribution(sp, cue, true, Optional.empty(), sp.end()));
    }

    /** Participles that open a sentence and describe what the subject after them said. */
    private static final Set<String> OPENING_PARTICIPLES = Set.of("Calling", "Describing", "Labelling", "Labeling",
            "Dubbing", "Terming", "Branding", "Deeming");
    private static final int PARTICIPLE_REACH = 40;

    /** Words after which a speech verb's form is an adjective or a noun: {@code its stated aim}, {@code member states}. */
    private static final Set<String> NOUN_POSITION = Set.of("the", "a", "an", "its", "their", "our", "his", "her",
            "another", "other");
    /** Speech verbs that are never adjectives: {@code another said} is a pronoun and its verb. */
    private static final Set<String> VERBS_ONLY = Set.of("said", "says", "told", "tells", "added", "asked", "wrote");
    /** Verbs right after a cue that make the cue the head of their subject: {@code Initial reports stated}. */
    private static final Set<String> VERB_AFTER_NOUN_CUE = Set.of("said", "says", "stated", "states", "claimed", "claim",
            "suggested", "suggest", "indicated", "indicate", "showed", "show", "noted", "note", "reported", "added");
    /** Before a form in -s only ({@code member states}): {@code the member said}, {@code members told} are verbs. */
    private static final Set<String> MEMBER = Set.of("member", "members");

    /** The attribution, and what it reports before itself when it stands between commas mid-sentence. */
    private static void addWithParenthetical(String text, Attribution a, boolean outside, List<Attribution> out) {
        Optional<TextRange> before = outside ? parentheticalBefore(text, a) : Optional.empty();
        if (before.isPresent() && a.content().isEmpty()) {
            out.add(new Attribution(a.speaker(), a.cue(), true, before, a.end()));
            return;
        }
        out.add(a);
        before.ifPresent(b -> out.add(new Attribution(a.speaker(), a.cue(), true, before, a.end())));
    }

    /**
     * {@code A total of 39 are dead, officials told state media, adding that …}: a participle cue shares the
     * speaker of the attribution before it in its sentence, not the sentence's grammatical subject.
     */
    private static Attribution sharedSpeaker(String text, Attribution a, List<Attribution> found) {
        if (!SpeechVocabulary.SUBJECT_CUES.contains(a.cue().of(text)) || found.isEmpty()
                || TextScan.previousWord(text, a.speaker().start()).equalsIgnoreCase("with")) {
            return a; // "…, with the union saying …": the participle has a speaker of its own
        }
        Attribution last = found.get(found.size() - 1);
        int sentenceStart = Sentences.startOf(text, a.cue().start());
        boolean sameSentence = last.cue().start() >= sentenceStart && last.end() <= a.cue().start();
        return sameSentence && !last.speaker().equals(a.speaker())
                ? new Attribution(last.speaker(), a.cue(), true, a.content(), a.end()) : a;
    }

    /** {@code X said the men thought …}: a verb of thinking inside the clause the last attribution reports. */
    private static boolean reportedThought(String text, int start, int end, List<Attribution> found) {
        if (!SpeechVocabulary.THINKING_VERBS.contains(text.substring(start, end)) || found.isEmpty()) {
            return false;
        }
        // the last attribution's clauses: coordinated ones share its cue
        TextRange lastCue = found.get(found.size() - 1).cue();
        for (int k = found.size() - 1; k >= 0 && found.get(k).cue().equals(lastCue); k--) {
            if (found.get(k).content().filter(c -> c.contains(start)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** {@code Per the report, …}: a sentence opened by {@code Per} attributes its clause like {@code according to}. */
    private static boolean isSentenceInitialPer(String text, int start, int end) {
        return end - start == PER.length() && text.startsWith(PER, start) && charAt(text, end) == ' '
                && Sentences.startOf(text, start) == start;
    }

    private static boolean isWordBoundary(String text, int start, int end) {
        return (start == 0 || !isRegexWordChar(text.charAt(start - 1)))
                && (end >= text.length() || !isRegexWordChar(text.charAt(end)));
    }

    private static boolean isRegexWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private Optional<Attribution> cue(String text, TextRange cue, boolean according, RangesAt directQuotes) {
        for (String phrasal : PHRASAL_CUES) {
            if (text.startsWith(phrasal, cue.start()) && isWordBoundary(text, cue.start(), cue.start() + phrasal.length())) {
                return directQuotes.any(cue.start()) ? Optional.empty()
                        : verb(text, new TextRange(cue.start(), cue.start() + phrasal.length()), phrasal, true);
            }
        }
        String lower = according ? ACCORDING_TO : cue.of(text);
        if (lower.equals(LIKE)) {
            return directQuotes.any(cue.start()) ? Optional.empty() : quotativeLike(text, cue);
        }
        boolean speech = SpeechVocabulary.BARE_CLAUSE_VERBS.contains(lower);
        boolean cueOnly = SpeechVocabulary.QUOTE_VERBS.contains(lower);
        if (!speech && !cueOnly && !according && !lower.equals(BY) && !AS_SAYING_CUES.contains(lower) && !lower.equals(REFERRED)) {
            return Optional.empty(); // most words are no cue: decided before the word before them is looked at
        }
        String wordBefore = TextScan.previousWord(text, cue.start()).toLowerCase(Locale.ROOT);
        String wordAfter = TextScan.nextWord(text, cue.end());
        // "and another said": a pronoun before the verb, as no determiner can be ("another stated goal" has an adjective)
        boolean pronounBefore = (wordBefore.equals("another") || wordBefore.equals("other")) && VERBS_ONLY.contains(lower);
        if (!according && (NOUN_POSITION.contains(wordBefore) && !pronounBefore || MEMBER.contains(wordBefore) && lower.endsWith("s")
                || lower.endsWith("s") && VERB_AFTER_NOUN_CUE.contains(wordAfter) && !wordAfter.equals(lower))) {
            // "the stated goals", "member states met": an adjective or a noun, not a verb ("the member said" is one)
            return Optional.empty();
        }
        if (lower.equals(BY)) {
            return directQuotes.any(cue.start()) ? Optional.empty()
                    : passive(text, cue).or(() -> passiveAfterQuote(text, cue, directQuotes));
        }
        if (AS_SAYING_CUES.contains(lower) && !directQuotes.any(cue.start())) {
            Optional<Attribution> asSaying = quotedAsSaying(text, cue);
            if (asSaying.isPresent() || !speech) {
                return asSaying; // "reported the governor as saying": the governor speaks; else "reported" reports
            }
        }
        if (lower.equals(REFERRED) && !directQuotes.any(cue.start())) {
            return referredToAs(text, cue);
        }
        if ((!speech && !cueOnly && !according) || namesTerm(text, cue, lower)) {
            return Optional.empty();
        }
        Optional<TextRange> quote = directQuotes.first(cue.start());
        if (quote.isPresent()) {
            return speech && !according && !SpeechVocabulary.THINKING_VERBS.contains(lower)
                    && !SpeechVocabulary.FINDING_VERBS.contains(lower)
                    ? nestedReport(text, verb(text, cue, lower, true), quote.get()) : Optional.empty();
        }
        return according ? according(text, cue) : verb(text, cue, lower, speech);
    }

    /**
     * Reported speech inside a direct quote ({@code "Court says prorogation was unlawful"}), which the
     * guidelines tag as a nested quote: only a speaker before the verb and a clause, both inside the marks.
     */
    private static Optional<Attribution> nestedReport(String text, Optional<Attribution> found, TextRange quote) {
        // "As I have said, …": a parenthetical remark, not a report of someone else's words
        return found.filter(a -> a.speakerFirst() && quote.contains(a.speaker())
                        && !TextScan.previousWord(text, a.speaker().start()).equalsIgnoreCase("as")
                        // "Our work indicates that …": the quoted speaker's own finding, not someone else's words
                        && !FIRST_PERSON_POSSESSIVES.contains(TextScan.firstWord(a.speaker().of(text)).toLowerCase(Locale.ROOT)))
                .flatMap(a -> a.content().filter(quote::contains)
                        .map(c -> withoutClosingMark(text, c, quote))
                        .filter(c -> c.length() >= 8)
                        .map(c -> new Attribution(a.speaker(), a.cue(), true, Optional.of(c), a.end())));
    }

    private static final Set<String> FIRST_PERSON_POSSESSIVES = Set.of("our", "my");

    /** A nested clause without the closing mark of its quote and the stop before it. */
    private static TextRange withoutClosingMark(String text, TextRange clause, TextRange quote) {
        int e = clause.end() == quote.end() ? clause.end() - 1 : clause.end();
        while (e > clause.start() && ".,;:?! ".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new TextRange(clause.start(), e);
    }

    private static final String LIKE = "like";
    /** What follows a quotative {@code like}: a quote mark, after a comma or colon. */
    private static final Pattern LIKE_QUOTE = Pattern.compile("[,:]? ?(?=[\"“«„‘])");
    /** Forms of {@code be} and {@code go} before a quotative {@code like}: {@code they were like}, {@code went like}. */
    private static final Set<String> BE_OR_GO = Set.of("was", "were", "is", "are", "am", "be", "been", "go", "goes",
            "went", "going");
    /** Contractions of {@code be} after a pronoun: {@code I'm like}, {@code they're like}. */
    private static final Pattern CONTRACTED_BE = Pattern.compile("(\\p{L}+)['’](?:m|re|s)");

    /**
     * {@code they were like, "…"}, {@code I'm like: "…"}, {@code who are like "…"}: the quotative {@code like} of speech
     * gives the words in marks after it to the subject of its {@code be} or {@code go}.
     */
    private static Optional<Attribution> quotativeLike(String text, TextRange cue) {
        Optional<MatchResult> mark = AnchoredScan.at(LIKE_QUOTE, text, cue.end());
        int be = skipJustBack(text, cue.start());
        String verb = TextScan.previousWord(text, be);
        if (mark.isEmpty() || verb.isEmpty()) {
            return Optional.empty();
        }
        int verbStart = TextScan.previousWordStart(text, be);
        Matcher contracted = CONTRACTED_BE.matcher(verb);
        Optional<TextRange> speaker;
        if (contracted.matches() && SpeechVocabulary.PRONOUNS.contains(contracted.group(1).toLowerCase(Locale.ROOT))) {
            speaker = Optional.of(new TextRange(verbStart, verbStart + contracted.end(1)));
        } else if (BE_OR_GO.contains(verb)) {
            int subjectEnd = skipAdverbsBack(text, verbStart);
            speaker = relativeAntecedent(text, subjectEnd).or(() -> SpeakerPhrases.before(text, subjectEnd));
        } else {
            return Optional.empty();
        }
        return speaker.map(sp -> new Attribution(sp, cue, true, Optional.empty(), mark.get().end()));
    }

    /** {@code were just like}, {@code are all like}: words between the verb and {@code like}. */
    private static int skipJustBack(String text, int pos) {
        String w = TextScan.previousWord(text, pos);
        return w.equals("just") || w.equals("all") || w.equals("kind") ? TextScan.previousWordStart(text, pos) : pos;
    }

    /** Whether the attribution's cue stands inside a direct quote (reported speech nested in it). */
    static boolean nested(Attribution a, RangesAt directQuotes) {
        return directQuotes.any(a.cue().start());
    }

    /** {@code a process called "exfiltration"}: a naming verb right before a quote mark names a term. */
    private static boolean namesTerm(String text, TextRange cue, String verb) {
        int next = cue.end() < text.length() && text.charAt(cue.end()) == ' ' ? cue.end() + 1 : cue.end();
        return SpeechVocabulary.NAMING_VERBS.contains(verb) && next < text.length()
                && QUOTE_MARKS.indexOf(text.charAt(next)) >= 0 && !whatSomeoneCalled(text, cue);
    }

    /** {@code met with what WalesOnline called "fury"}: a named speaker's word for the thing, no term. */
    private static boolean whatSomeoneCalled(String text, TextRange cue) {
        return SpeakerPhrases.before(text, cue.start()).filter(p -> (TextScan.startsUpper(p.of(text))
                || p.of(text).startsWith("the ") && TextScan.startsUpper(p.of(text).substring(4)))
                && !SpeechVocabulary.PRONOUNS.contains(p.of(text).toLowerCase(Locale.ROOT))
                && TextScan.previousWord(text, p.start()).equals("what")).isPresent();
    }

    /**
     * {@code X referred to him as "…"}, {@code which X has referred to as "…"}: the subject before the verb is the
     * speaker of the words in marks after {@code as}, which the attribution ends right before.
     */
    private Optional<Attribution> referredToAs(String text, TextRange cue) {
        return AnchoredScan.at(REFERRED_AS, text, cue.end()).flatMap(m -> verb(text, cue, REFERRED, false)
                .filter(Attribution::speakerFirst)
                .map(a -> afterAdjunct(text, a.speaker()) ? sentenceSubject(text, a.speaker().start()).orElse(null) : a.speaker())
                .map(sp -> new Attribution(sp, cue, true, Optional.empty(), m.end())));
    }

    /** {@code and on Twitter referred to}: the phrase before the verb is where it was said, not who said it. */
    private static boolean afterAdjunct(String text, TextRange phrase) {
        return ADJUNCT_PREPOSITIONS.contains(TextScan.previousWord(text, phrase.start()));
    }

    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("on", "in", "via", "at");

    private static final String REFERRED = "referred";
    /** {@code to him as "}, {@code to the 707 involved as a "}: what a reference calls its object, a quote mark right after. */
    private static final Pattern REFERRED_AS = Pattern.compile(" to (?:[\\p{L}\\p{N}'’-]+ ){0,8}?as (?:an? |the )?(?=[\"“‘«])");

    /** Verbs whose object speaks the words after {@code as saying}: {@code quoted the minister as saying}. */
    private static final Set<String> AS_SAYING_CUES = Set.of("quoted", "reported");
    /**
     * Every word {@link #cue} or {@link #reportedThought} does anything with, in any case: the scan asks this of every
     * lower-case word before cutting it out of the text, and most are no cue.
     */
    private static final org.newsmark.text.WordSet CUE_WORDS = org.newsmark.text.WordSet.of(java.util.stream.Stream.of(
                    SpeechVocabulary.BARE_CLAUSE_VERBS.stream(), SpeechVocabulary.QUOTE_VERBS.stream(),
                    SpeechVocabulary.THINKING_VERBS.stream(), AS_SAYING_CUES.stream(),
                    java.util.stream.Stream.of(BY, LIKE, REFERRED),
                    PHRASAL_CUES.stream().map(p -> p.substring(0, p.indexOf(' '))))
            .flatMap(w -> w).toList());
    /** The words before {@code saying} when they are {@code quoted X as}: the participle belongs to X, not the sentence's subject. */
    private static final Pattern QUOTED_OBJECT_AS = Pattern.compile("\\b(?:quoted|reported) (?!by )[^.;:\"“”\n]{1,100}? as $");

    /** A short object of {@code quoted} up to {@code as saying}, an apposition between commas left out. */
    private static final Pattern QUOTED_OBJECT = Pattern.compile(
            " ((?:[\\p{L}\\p{N}'’.-]+ ){0,6}[\\p{L}\\p{N}'’.-]+)(?:, [^,.;\"“”\n]{2,80},)?(?= as saying\\b)");

    /** Whether {@code saying} at {@code cue} follows {@code quoted X as} whose X {@link #quotedAsSaying} takes as the speaker. */
    private boolean quotedObjectSays(String text, TextRange cue) {
        Matcher m = QUOTED_OBJECT_AS.matcher(text).region(Math.max(0, cue.start() - 120), cue.start());
        if (!m.find()) {
            return false;
        }
        int verbEnd = text.indexOf(' ', m.start());
        return quotedAsSaying(text, new TextRange(m.start(), verbEnd)).isPresent();
    }

    /** {@code quoted X as saying "…"}: X is the speaker of what follows. */
    private Optional<Attribution> quotedAsSaying(String text, TextRange cue) {
        return SpeakerPhrases.after(text, cue.end())
                .filter(sp -> text.startsWith(AS_SAYING, afterApposition(text, sp.end())))
                // "quoted one of Carson's advisers as saying", "quoted Wassim Bouhlel, a Nice native, as saying"
                .or(() -> AnchoredScan.at(QUOTED_OBJECT, text, cue.end()).map(m -> new TextRange(m.start(1), m.end(1))))
                .map(sp -> {
                    int end = text.indexOf(AS_SAYING, sp.end()) + AS_SAYING.length();
                    // "as saying the talks had failed": the clause it reports; a quote mark next is found as a direct quote
                    return new Attribution(sp, cue, false, reportedAfter(text, end, "saying", false), end);
                });
    }

    /**
     * {@code Inspector X of the police of the Northern Region,}: the comma after the of-phrase the speaker's name
     * leaves out, or {@code end} when no such phrase follows.
     */
    private static int afterOrigin(String text, int end) {
        if (!text.startsWith(" of ", end)) {
            return end;
        }
        for (int i = end + 4; i < Math.min(text.length(), end + ORIGIN_REACH); i++) {
            char c = text.charAt(i);
            if (c == ',') {
                return i;
            }
            if (".;:()\"“”\n".indexOf(c) >= 0) {
                return end;
            }
        }
        return end;
    }

    private static final int ORIGIN_REACH = 80;

    private Optional<Attribution> according(String text, TextRange cue) {
        int author = AnchoredScan.at(AUTHORED_BY, text, cue.end()).map(java.util.regex.MatchResult::end).orElse(cue.end());
        Optional<TextRange> document = DocumentPhrase.modifiedAt(text, author);
        Optional<TextRange> speaker = objectPronoun(text, author).or(() -> SpeakerPhrases.after(text, author)
                .filter(s -> document.isEmpty() || s.end() >= document.get().end()).or(() -> document)
                .map(s -> SpeakerPhrases.withNameAfter(text, s)).map(s -> jointAfter(text, s)));
        // "According to local news, …", "according to earlier event plans, …": a short lower-case source before its comma
        Optional<TextRange> found = speaker;
        Optional<TextRange> plainSource = plainSource(text, author).filter(p -> found.isEmpty()
                || p.start() == found.get().start() && p.end() > found.get().end()
                && Character.isLowerCase(text.charAt(p.start()))); // "local news", not "local"
        if (plainSource.isPresent()) {
            speaker = plainSource;
        }
        String first = speaker.map(s -> TextScan.firstWord(s.of(text))).orElse("");
        boolean pronoun = objectPronoun(text, author).isPresent(); // "According to him, …": the attributed mention
        if (speaker.isEmpty() || !pronoun && plainSource.isEmpty() && !TextScan.startsUpper(first) && !SpeechVocabulary.DETERMINERS.contains(first)
                && !RoleModifiers.isRoleNoun(first) && !headedByRoleWord(speaker.get().of(text))
                && !SpeechVocabulary.ROLE_WORDS.contains(first) && !countedPeople(speaker.get().of(text))
                && !roleBeforeName(speaker.get().of(text))) {
            return Optional.empty();
        }
        speaker = speaker.map(s -> DocumentPhrase.withSource(text, s)).map(s -> withHeadNoun(text, s));
        // "According to Yale University political scholar Kim Dane": the body, then the role and the name
        speaker = speaker.map(s -> SpeakerPhrases.withRoleAndNameAfter(text, s));
        speaker = speaker.map(s -> withPlace(text, s));
        int end = skipBracket(text, speaker.get().end());
        end = AnchoredScan.at(SOURCE_PLACE, text, end).map(MatchResult::end).orElse(end); // where a named source is
        int speakerEnd = end;
        int afterTime = AnchoredScan.at(DOCUMENT_DATE, text, end).map(MatchResult::end)
                .orElseGet(() -> skipAdjuncts(text, speakerEnd));
        if (charAt(text, end) != ',' && charAt(text, afterTime) == ',') {
            end = afterTime; // "According to officials on Saturday, …": the time of the report stays out of both
        }
        if (sentenceStartOf(text, cue.start()) == cue.start() && charAt(text, end) == ',') {
            end = Math.max(end, afterApposition(text, end) - 1); // According to X, formerly …, the clause
        }
        if (sentenceStartOf(text, cue.start()) == cue.start()) {
            end = afterOrigin(text, end); // According to X of the regional police, the clause
            // "According to Reuters, citing two sources, the deal …": whom the source cites is no part of the clause
            int origin = end;
            end = AnchoredScan.at(CITING, text, origin).map(m -> text.lastIndexOf(',', m.end())).orElse(origin);
        }
        Optional<TextRange> content = Optional.empty();
        int sentenceStart = Sentences.startOf(text, cue.start());
        boolean introduced = sentenceStart < cue.start() && charBefore(text, cue.start()) == ','
                && INTRODUCTORY.contains(TextScan.firstWord(text.substring(sentenceStart, cue.start())));
        // "…, according to officials, some of whom were hospitalised": a relative clause after is about the source
        boolean relativeAfter = charAt(text, end) == ',' && AnchoredScan.at(RELATIVE_OPENER, text, end + 1).isPresent();
        if (sentenceStart == cue.start() && relativeAfter) {
            // "According to Professor X, who is co-chairman of …, in Europe it is not …": past the relative clause
            int close = text.indexOf(", ", end + 1);
            int sentenceEnd = Sentences.endOf(text, end);
            content = close > 0 && close < sentenceEnd && !QuoteBalance.openAt(text, end + 1, close)
                    ? clause(text, close + 1, beforeGloss(text, close + 1, semicolonOrEnd(text, close + 1, sentenceEnd)))
                    : Optional.empty();
        } else if ((sentenceStart == cue.start() || introduced && !relativeAfter) && charAt(text, end) == ',') {
            content = clause(text, end + 1, beforeGloss(text, end + 1, semicolonOrEnd(text, end + 1, Sentences.endOf(text, end))));
        } else if (introduced && !relativeAfter && charAt(text, end) != '.') {
            content = Optional.empty();
        } else if (!relativeAfter && closedPartialQuoteBefore(text, cue.start()) >= 0
                && (charBefore(text, TextScan.skipSpacesBack(text, cue.start()) - 1) == ',' || charAt(text, end) == '.')) {
            // "The situation is "dire," according to the UN.": a clause that a partial quote closes
            content = clause(text, sentenceStart, TextScan.skipSpacesBack(text, cue.start()));
        } else if (charBefore(text, cue.start()) == ',') {
            int comma = TextScan.skipSpacesBack(text, cue.start()) - 1;
            // "… no cause, but, according to his agent, Hunter had surgery": the clause after the conjunction
            content = !relativeAfter && (CONJUNCTIONS.contains(TextScan.previousWord(text, comma).toLowerCase(Locale.ROOT))
                    || adverbialOpener(text.substring(sentenceStart, comma)))
                    ? charAt(text, end) == ',' ? clause(text, end + 1, clauseEnd(text, end + 1)) : Optional.empty()
                    : clause(text, sentenceStart, comma);
        } else if (charAt(text, end) == '.' && sentenceStart < cue.start()
                && (Character.isLetterOrDigit(charBefore(text, cue.start()))
                || CLOSING_CHARS.indexOf(charBefore(text, cue.start())) >= 0)) {
            content = clause(text, sentenceStart, TextScan.skipSpacesBack(text, cue.start()));
        }
        return Optional.of(new Attribution(speaker.get(), cue, false, content, end));
    }

    /** {@code fire department spokeswoman Maria Lopez}: lower-case words, the last a role, then the name it titles. */
    private static boolean roleBeforeName(String phrase) {
        String[] words = phrase.split(" ");
        int name = 0;
        while (name < words.length && !TextScan.startsUpper(words[name])) {
            name++;
        }
        return name > 0 && name < words.length && SpeechVocabulary.isRoleWord(words[name - 1])
                && java.util.Arrays.stream(words, name, words.length).allMatch(TextScan::startsUpper);
    }

    private static final Pattern RELATIVE_OPENER = Pattern.compile(" (?:\\p{Ll}+ of )?(?:whom|which|who|whose)\\b");

    /**
     * {@code several senior Democrats}, {@code two longtime aides}, {@code three people briefed on the talks}: a count
     * of people, maybe with what describes them.
     */
    private static boolean countedPeople(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
        int head = 1;
        while (head + 1 < words.length && !CommonNounPhrase.opensComplement(words[head + 1])) {
            head++;
        }
        return words.length > 1 && CommonNounPhrase.namesPerson(words[head]) && CommonNounPhrase.isPlural(words[head]);
    }

    /** A short lower-case noun phrase, maybe after a possessor, right before a comma: {@code local news,}. */
    private static final Pattern PLAIN_SOURCE = Pattern.compile(" *((?:[\\p{L}&]+['’]s |\\p{Ll}[\\p{Ll}-]* ){0,4}"
            + "\\p{Ll}[\\p{Ll}-]{2,}"
            // "projections by CNN and NPR": a plural document with its named authors
            + "|\\p{Ll}{3,}s by (?:the )?\\p{Lu}[\\p{L}&.-]*(?: (?:and |of )?\\p{Lu}[\\p{L}&.-]*){0,4})(?=[,.])");
    /** Words that open no source phrase: {@code according to which, …}, {@code according to some, …}. */
    private static final Set<String> NOT_SOURCE_WORDS = Set.of("which", "whom", "this", "that", "these", "those",
            "some");
    /** Nouns alone that are no source: {@code according to plan}, {@code according to law} (not {@code law enforcement officials}). */
    private static final Set<String> NOT_SOURCE_NOUNS = Set.of("plan", "schedule", "law", "tradition", "custom", "legend",
            "rumour", "rumor");

    private static Optional<TextRange> plainSource(String text, int from) {
        return AnchoredScan.at(PLAIN_SOURCE, text, from).map(m -> new TextRange(m.start(1), m.end(1)))
                .filter(r -> !NOT_SOURCE_WORDS.contains(TextScan.firstWord(r.of(text)).toLowerCase(Locale.ROOT))
                        && !NOT_SOURCE_NOUNS.contains(r.of(text).toLowerCase(Locale.ROOT)));
    }

    /**
     * {@code according to the embassy in Beijing,}: a place after the source, before the comma that ends the
     * attribution, belongs to the source's phrase.
     */
    private static TextRange withPlace(String text, TextRange source) {
        String phrase = source.of(text);
        if (phrase.isEmpty() || !Character.isLowerCase(phrase.charAt(phrase.lastIndexOf(' ') + 1))) {
            return source; // "the Centers for Disease Control and Prevention in the United States": a name says where
        }
        return AnchoredScan.at(SOURCE_PLACE, text, source.end())
                .map(m -> new TextRange(source.start(), m.end())).orElse(source);
    }

    /** {@code the WHO's situation report dated March 16}: the date of a document, no part of its name. */
    private static final Pattern DOCUMENT_DATE = Pattern.compile(" (?:dated|published|released|issued) (?:on )?"
            + "(?:\\p{Lu}\\p{Ll}+ \\d{1,2}(?:, \\d{4})?|\\d{1,2} \\p{Lu}\\p{Ll}+(?: \\d{4})?|(?:last |on )?\\p{Lu}\\p{Ll}+day)(?=,)");

    /** Ahead of a name after {@code in}: not a month or a day ({@code in March}). */
    private static final String NOT_A_DATE = "(?!(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)";

    private static final Pattern SOURCE_PLACE = Pattern.compile(" in (?:the )?" + NOT_A_DATE
            + "\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,2}(?:, \\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*)?(?=,))?(?=,)");

    /**
     * {@code … address the [matter]." ("… la misma")}: a bracket after a quote closed by a full stop is the writer's
     * gloss (a translation, a source), no part of the clause; where the clause ends, else {@code end}.
     */
    private static int beforeGloss(String text, int start, int end) {
        Matcher m = GLOSS_AFTER_QUOTE.matcher(text).region(start, end);
        return m.find() ? m.start() : end;
    }

    private static final Pattern GLOSS_AFTER_QUOTE = Pattern.compile("(?<=[.!?][\"”’»])(?=\\s*\\()");

    /**
     * {@code According to X, A; Y said B}: the report ends at a semicolon outside quotes when what follows it has a
     * speech verb of its own, else at {@code end}.
     */
    private static int semicolonOrEnd(String text, int start, int end) {
        for (int i = start; i < end; i++) { // no search past the sentence
            if (text.charAt(i) == ';' && !QuoteBalance.openAt(text, start, i) && hasSpeechVerb(text, i + 1, end)) {
                return i;
            }
        }
        return end;
    }

    /** Verbs that give the words after a semicolon a speaker of their own (not participles like {@code alleged}). */
    private static final Set<String> OWN_REPORT_VERBS = Set.of("said", "says", "told", "added", "stated", "referred",
            "called", "described", "announced", "reported", "wrote", "tweeted", "claimed", "noted", "note", "notes",
            "explained");

    private static boolean hasSpeechVerb(String text, int start, int end) {
        Matcher w = LOWER_WORD.matcher(text).region(start, end);
        while (w.find()) {
            String word = w.group().strip();
            if (OWN_REPORT_VERBS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** {@code according to her,}: an object pronoun that ends the attribution is the speaker. */
    private static Optional<TextRange> objectPronoun(String text, int from) {
        return AnchoredScan.at(OBJECT_PRONOUN, text, from).map(m -> new TextRange(m.start(1), m.end(1)));
    }

    private static final Pattern OBJECT_PRONOUN = Pattern.compile(" (him|her|them|us|me)(?=[,.;])");

    /** Conjunctions that, right before {@code , according to X,}, leave the report to the clause after X. */
    private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "yet", "while", "although", "though",
            "because", "so", "or", "when", "that", "if", "whereas");

    /**
     * {@code Longer term, according to X, …}, {@code Meanwhile, according to X, …}: the words before the comma are an
     * adverbial, no clause, so the report is the clause after X.
     */
    /** Forms of {@code be} and {@code have} that make the words before a comma a clause: {@code One child was,}. */
    private static final Set<String> FINITE_AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "may", "might", "must", "should");

    private static boolean adverbialOpener(String opener) {
        String[] words = opener.trim().split(" +");
        if (words.length == 1) {
            return SpeechVocabulary.NOT_NAMES.contains(words[0]) || words[0].endsWith("ly");
        }
        return words.length <= 3 && java.util.Arrays.stream(words).skip(1)
                .allMatch(w -> !w.isEmpty() && w.chars().allMatch(Character::isLowerCase)
                        && !SpeechVocabulary.BARE_CLAUSE_VERBS.contains(w) && !w.endsWith("ed")
                        && !PASSIVE_AUXILIARIES.contains(w) && !FINITE_AUXILIARIES.contains(w));
    }
    /** What may end a clause right before {@code according to X.}: {@code 50%}, a bracket. */
    private static final String CLOSING_CHARS = "%)]";

    /**
     * {@code Per the WHO's Monitored Emergency Use … framework,}: a name's lower-case head noun before the comma
     * belongs to the source.
     */
    private static TextRange withHeadNoun(String text, TextRange source) {
        String last = source.of(text).substring(source.of(text).lastIndexOf(' ') + 1);
        if (!TextScan.startsUpper(last) || !text.startsWith(" ", source.end())) {
            return source;
        }
        int s = source.end() + 1;
        int e = s;
        while (e < text.length() && Character.isLowerCase(text.charAt(e))) {
            e++;
        }
        String w = text.substring(s, e);
        boolean noun = e - s >= 3 && charAt(text, e) == ',' && !w.endsWith("ly") && !NOT_HEAD_NOUNS.contains(w);
        return noun ? new TextRange(source.start(), e) : source;
    }

    private static final Set<String> NOT_HEAD_NOUNS = Set.of("yesterday", "today", "tonight", "too", "also", "then",
            "now", "again", "said", "says", "and", "but", "who", "which");

    /**
     * {@code a cargo plane, reported by local press as belonging to the military,}: the agent of a passive
     * speech verb is the speaker; what follows {@code as} or {@code to} is what it reports.
     */
    private static Optional<Attribution> passive(String text, TextRange cue) {
        int verb = TextScan.previousWordStart(text, cue.start());
        // "said — as reported by X —": an outlet that relays the words is no speaker
        if (verb < 0 || !PASSIVE_REPORTS.contains(TextScan.previousWord(text, cue.start()))
                || TextScan.previousWord(text, verb).equalsIgnoreCase("as")) {
            return Optional.empty();
        }
        Optional<TextRange> speaker = SpeakerPhrases.after(text, cue.end()).filter(s -> {
            String first = TextScan.firstWord(s.of(text));
            String rest = s.of(text).substring(first.length()).trim();
            return TextScan.startsUpper(first) || headedByRoleWord(s.of(text))
                    || SpeechVocabulary.ROLE_WORDS.contains(s.of(text))
                    // "by the Daily Courier": an article before a name
                    || SpeechVocabulary.DETERMINERS.contains(first) && TextScan.startsUpper(rest);
        });
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        int end = skipBracket(text, speaker.get().end());
        Optional<TextRange> content = AnchoredScan.at(PASSIVE_CONTENT, text, end).flatMap(m -> {
            int sentenceEnd = Sentences.endOf(text, m.end());
            Matcher stop = PASSIVE_CONTENT_END.matcher(text).region(m.end(), sentenceEnd);
            return clause(text, m.end(), stop.find() ? stop.start() : clauseEnd(text, m.end()));
        }).map(c -> withoutArticle(text, c)); // "as a "historic step"": the quote alone
        return Optional.of(new Attribution(speaker.get(), new TextRange(verb, cue.end()), false, content, end));
    }

    /**
     * {@code described as "knife-obsessed" by the police}, {@code declared a "pandemic" by the WHO}: the agent after a
     * quote that a passive verb of describing introduces is the quote's speaker.
     */
    private static Optional<Attribution> passiveAfterQuote(String text, TextRange cue, RangesAt directQuotes) {
        int close = TextScan.skipSpacesBack(text, cue.start()) - 1;
        if (close < 1 || "\"”’'".indexOf(text.charAt(close)) < 0) {
            return Optional.empty();
        }
        Optional<TextRange> quote = directQuotes.first(close);
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        int open = quote.get().start();
        int from = Math.max(Sentences.startOf(text, open), open - 40);
        if (!PASSIVE_BEFORE_QUOTE.matcher(text).region(from, Math.min(text.length(), open + 1)).find()) {
            return Optional.empty();
        }
        return SpeakerPhrases.after(text, cue.end())
                .filter(s -> TextScan.startsUpper(TextScan.firstWord(s.of(text))) || headedByRoleWord(s.of(text))
                        || RoleModifiers.after(text, cue.end()).filter(s::equals).isPresent()) // "by opposition leader Jane Smith"
                .map(s -> new Attribution(s, cue, false, Optional.empty(), skipBracket(text, s.end())));
    }

    private static final Pattern PASSIVE_BEFORE_QUOTE = Pattern.compile("\\b(?:was|were|is|are|been|be) (?:\\p{Ll}+ )?"
            + "(?:described|announced|declared|labell?ed|branded|characteri[sz]ed|deemed|called) (?:as |to be )?"
            + "(?:an? |the )?[\"“‘']$");

    private static int sentenceStartOf(String text, int pos) {
        return Sentences.startOf(text, pos);
    }

    /**
     * {@code Tim Manning, formerly a deputy at FEMA,} or {@code X, the director of Y,}: a role in apposition
     * after a speaker; the index after its closing comma, else {@code end}.
     */
    static int afterApposition(String text, int end) {
        // "According to police, an official at the embassy was detained, …": a clause, no apposition
        return AnchoredScan.at(APPOSITION, text, end)
                .filter(m -> java.util.Arrays.stream(m.group().split("[^\\p{L}]+")).noneMatch(CLAUSE_AUXILIARIES::contains))
                .map(java.util.regex.MatchResult::end)
                .or(() -> AnchoredScan.at(POSSESSED_ROLE, text, end)
                        .filter(m -> SpeechVocabulary.isRoleWord(m.group(1)))
                        .map(java.util.regex.MatchResult::end))
                .orElse(end);
    }

    /** {@code , Hagan's former spokeswoman,}: a role of someone named before it, in apposition. */
    private static final Pattern POSSESSED_ROLE = Pattern.compile(", (?:the )?\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,3}['’]s"
            + " (?:[\\p{Ll}-]+ ){0,3}([\\p{Ll}-]+),");

    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile(
            ", (?:(?:formerly|former|then|now|currently) [^,.;\"“”]{2,80}?|(?:the |a |an )?(?:[\\p{L}'’-]+ ){0,3}?"
            + "(?:director|head|chief|president|chair|leader|member|professor|spokesperson|spokesman|spokeswoman"
            + "|minister|secretary|founder|editor|deputy|administrator|adviser|advisor|official|analyst|researcher"
            // "According to Maria Lopez, a spokeswoman for the fire department, the fire …"
            + "|economist|lawyer|attorney|expert|manager|coordinator) (?:of|for|at|with) [^,.;\"“”]{2,60}?"
            // "According to the Syrian Observatory for Human Rights, a UK-based war monitor, 30 people died"
            // (an indefinite article only: "According to Reuters, the watchdog, which …, fined" is the clause's subject)
            + "|(?:a |an )(?:[\\p{L}'’-]+ ){0,3}(?:monitor|watchdog|charity|broadcaster|outlet|think tank|NGO"
            + "|news agency|rights group|advocacy group|monitoring group)),");

    /** {@code according to witnesses and officials}: a second phrase joined by {@code and} is part of the speaker. */
    private static TextRange jointAfter(String text, TextRange speaker) {
        if (!text.startsWith(AND, speaker.end())) {
            return speaker;
        }
        int next = speaker.end() + AND.length();
        return SpeakerPhrases.after(text, next).filter(s -> s.start() == next)
                .or(() -> AnchoredScan.at(ROLE_HEADED, text, next).map(m -> new TextRange(m.start(), m.end()))
                        .filter(r -> headedByRoleWord(r.of(text))))
                .map(s -> new TextRange(speaker.start(), s.end())).orElse(speaker);
    }

    /** {@code county officials}, {@code local health authorities}: a few lower-case words before a comma or stop. */
    private static final Pattern ROLE_HEADED = Pattern.compile("\\p{Ll}[\\p{Ll}-]*(?: \\p{Ll}[\\p{Ll}-]*){1,2}(?=[,.])");

    /** {@code state media}, {@code local officials}: a lower-case phrase whose head is a role word. */
    private static boolean headedByRoleWord(String phrase) {
        String[] words = phrase.split(" ");
        return words.length >= 2 && SpeechVocabulary.ROLE_WORDS.contains(words[words.length - 1]);
    }

    private Optional<Attribution> verb(String text, TextRange cue, String verb, boolean speech) {
        if (possessiveModifier(text, cue, verb)) {
            return Optional.empty(); // "Trump's repeated calls to ban …": a participle before the possessor's noun
        }
        if (verb.equals(RULING) && charBefore(text, cue.start()) != ',') {
            return Optional.empty(); // "the Supreme Court ruling that paved …", "Europe's ruling parties": a noun, an adjective
        }
        if (NOUN_LIKE_CUES.contains(verb) && modifiesNoun(text, cue.start())) {
            return Optional.empty(); // "Rust Belt states that have suffered", "party rules": a plural noun, no verb
        }
        Optional<TextRange> withSubject = verb.endsWith("ing") ? withSubject(text, cue) : Optional.empty();
        // "The ministry denounced the deal, calling it "illegal"": after a comma, with its object and a quote, the
        // participle speaks for the sentence's subject
        boolean participleCue = withSubject.isEmpty() && WITH_PARTICIPLES.contains(verb)
                && charBefore(text, cue.start()) == ',' && AnchoredScan.at(OBJECT_THEN_QUOTE, text, cue.end()).isPresent();
        if (withSubject.isEmpty() && WITH_PARTICIPLES.contains(verb) && !participleCue) {
            return Optional.empty();
        }
        boolean subjectCue = (SpeechVocabulary.SUBJECT_CUES.contains(verb) || participleCue) && withSubject.isEmpty();
        if (subjectCue && verb.equals("saying") && quotedObjectSays(text, cue)) {
            return Optional.empty(); // "Reuters quoted the minister as saying …": the minister's words (see quotedAsSaying)
        }
        Optional<TextRange> antecedent = subjectCue || withSubject.isPresent() ? Optional.empty()
                : relativeAntecedent(text, skipAdverbsBack(text, cue.start()));
        Optional<TextRange> pre = subjectCue ? Optional.empty()
                : withSubject.or(() -> antecedent).or(() -> DescribedSubject.before(text, skipAdverbsBack(text, cue.start())))
                .or(() -> SpeakerPhrases.before(text, skipAgeBack(text, skipTimeBack(text, skipAdverbsBack(text, cue.start())))));
        boolean reducedRelative = subjectCue && reducedRelative(text, cue);
        if (pre.isEmpty() && (subjectCue
                || RELATIVE_SUBJECT.contains(TextScan.previousWord(text, cue.start())))) {
            pre = reducedRelative ? SpeakerPhrases.before(text, cue.start()) : sentenceSubject(text, cue.start());
            if (participleCue) { // "The plan drew criticism, calling it …": a thing's participle dangles, no one speaks
                pre = pre.filter(p -> namesSomeoneOrThem(p.of(text)));
                if (pre.isEmpty()) {
                    return Optional.empty();
                }
            }
        }
        if (!subjectCue) {
            Optional<TextRange> nearest = pre;
            int subjectEnd = nearest.map(TextRange::end).orElseGet(() -> skipAdverbsBack(text, cue.start()));
            // "A court document filed Thursday says": the date of a document's participle, which the nearest phrase skips
            int beforeVerb = skipAdverbsBack(text, cue.start());
            pre = PublishedSubject.postModified(text, subjectEnd)
                    .or(() -> subjectEnd < beforeVerb ? PublishedSubject.dated(text, beforeVerb) : Optional.empty())
                    .or(() -> nearest)
                    .map(p -> AffiliatedSubject.opening(text, p).orElse(p));
        }
        if (pre.isEmpty() && !subjectCue) {
            pre = relativeClauseSubject(text, skipTimeBack(text, skipAdverbsBack(text, cue.start())));
        }
        boolean appositive = false;
        if (pre.isEmpty() && !subjectCue) {
            pre = AppositiveSubject.before(text, skipTimeBack(text, skipAdverbsBack(text, cue.start())));
            appositive = pre.isPresent();
        }
        if (pre.isPresent() && (reportAsNoun(text, verb, pre.get())
                || antecedent.isEmpty() && afterAccordingTo(text, pre.get().start()))) {
            return Optional.empty();
        }
        if (pre.isPresent() && genericYou(text, pre.get(), verb)) {
            return Optional.empty();
        }
        if (pre.isPresent() && HYPOTHETICAL.contains(TextScan.previousWord(text, pre.get().start()).toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "only allowed if a doctor determined …": a condition, no report
        }
        if (pre.isPresent() && !verb.endsWith("ing")
                && PASSIVE_AUXILIARIES.contains(TextScan.previousWord(text, skipAdverbsBack(text, cue.start())))) {
            // "if this was told to my family": a passive, its subject is no speaker; "Trump is telling reporters that"
            // is the progressive, whose subject is
            return Optional.empty();
        }
        if (pre.isPresent()) {
            // "speaker of the parliament Ali Larijani": a role whose of-phrase the name ends
            TextRange joint = JointSubject.extend(text, appositive ? pre.get()
                    : PublishedSubject.widen(text, withRole(text, pre.get())));
            // "Projections by CNN and NPR indicated": the joint authors complete the document before them
            TextRange speaker = citedSource(text, SpeakerPhrases.withRoleOf(text, appositive ? joint
                    : PublishedSubject.widen(text, joint)), cue.start());
            if (antecedent.isEmpty() && withSubject.isEmpty() && objectOfPreposition(text, speaker)) {
                return Optional.empty();
            }
            int end = skipAdjuncts(text, cue.end());
            Optional<TextRange> content = Optional.empty();
            if (speech) {
                // "As I said earlier, CentOS is …": a remark on one's own words, no report after its comma
                boolean remark = REMARK_OPENERS.contains(TextScan.previousWord(text, speaker.start()).toLowerCase(Locale.ROOT));
                // "As the Post reported, the inquiry …": someone else's words that open the sentence report its clause
                boolean openingAs = remark && opensWithAs(text, speaker);
                content = reportedAfter(text, end, verb, (end > cue.end() || openingAs) && (!remark || openingAs))
                        .map(c -> relativeClauseCut(text, cue, c))
                        .map(c -> subordinateOpeningCut(text, cue, c))
                        .map(c -> reducedRelative ? beforeMainVerb(text, c) : c)
                        .or(() -> reportedBefore(text, speaker.start(), afterListener(text, verb, end), false))
                        .or(() -> parentheticalAfter(text, speaker.start(), end)).or(() -> reportedDoing(text, end, verb));
            } else if (SpeechVocabulary.QUOTE_VERBS.contains(verb)) {
                // "The sequence began, the patrol described, in the northbound lanes": set off by commas, it reports
                content = parentheticalAfter(text, speaker.start(), end).or(() -> reportedDoing(text, end, verb));
            }
            return Optional.of(new Attribution(speaker, cue, true, content, end));
        }
        char before = charBefore(text, cue.start());
        if (before != ',' && QUOTE_MARKS.indexOf(before) < 0 || SpeechVocabulary.LISTENER_VERBS.contains(verb)) {
            return Optional.empty();
        }
        int afterAdjuncts = skipAdjuncts(text, cue.end());
        return SpeakerPhrases.after(text, afterAdjuncts).or(() -> modifiedAfter(text, afterAdjuncts)).map(found -> {
            TextRange sp = withPostModifier(text,
                    SpeakerPhrases.withNameAfter(text, SpeakerPhrases.withRoleAndNameAfter(text, found)));
            int afterSpeaker = skipAdjuncts(text, skipBracket(text, sp.end()));
            // "said Smith in Nairobi.": where the speaker spoke
            int end = AnchoredScan.at(PLACE_TO_END, text, afterSpeaker).map(MatchResult::end).orElse(afterSpeaker);
            Optional<TextRange> content = speech ? reportedBefore(text, cue.start(), end, true) : Optional.empty();
            return new Attribution(sp, cue, false, content, end);
        });
    }

    /**
     * {@code …, said one Democratic source on the panel.}: a common noun's short phrase of where it is, up to the
     * sentence's end, belongs to the speaker after the verb.
     */
    private static TextRange withPostModifier(String text, TextRange speaker) {
        String phrase = speaker.of(text);
        String head = phrase.substring(phrase.lastIndexOf(' ') + 1);
        if (head.isEmpty() || !Character.isLowerCase(head.charAt(0)) || !CommonNounPhrase.namesPerson(head)) {
            // "said a spokesperson for the Ministry of Health in Kenya.": where the role's body is
            return roleOfBody(phrase)
                    ? AnchoredScan.at(PLACE_TO_END, text, speaker.end()).map(m -> new TextRange(speaker.start(), m.end()))
                    .orElse(speaker) : speaker;
        }
        return AnchoredScan.at(POST_MODIFIER, text, speaker.end()).map(m -> new TextRange(speaker.start(), m.end()))
                .orElse(speaker);
    }

    /** {@code said one Democratic source on the panel.}: the phrase before such a modifier, when nothing else is found. */
    private static Optional<TextRange> modifiedAfter(String text, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        Matcher m = POST_MODIFIER.matcher(text).region(start, Math.min(text.length(), start + MODIFIED_REACH));
        if (!m.find()) {
            return Optional.empty();
        }
        int phraseStart = start;
        return SpeakerPhrases.before(text, m.start())
                .filter(p -> p.start() == phraseStart || OPENING_COUNT.matcher(text).region(phraseStart, p.start()).matches())
                .filter(p -> CommonNounPhrase.namesPerson(p.of(text).substring(p.of(text).lastIndexOf(' ') + 1)))
                .map(p -> new TextRange(phraseStart, p.end()));
    }

    private static final int MODIFIED_REACH = 80;
    private static final Pattern OPENING_COUNT = Pattern.compile("(?:one|a|an|the|another|two|three|some|several) ");
    /** {@code a spokesperson for the Ministry of Health}: a determiner, a role in lower case and the body after it. */
    private static boolean roleOfBody(String phrase) {
        String[] words = phrase.split(" ");
        return words.length >= 4 && SpeechVocabulary.DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))
                && SpeechVocabulary.isRoleWord(words[1]) && (words[2].equals("for") || words[2].equals("of"));
    }

    /** {@code in Kenya.}: a named place that ends the sentence or the clause. */
    private static final Pattern PLACE_TO_END = Pattern.compile(" in (?:the )?" + NOT_A_DATE + "\\p{Lu}(?:[\\p{L}-]|\\.(?=\\p{L}))*(?: \\p{Lu}(?:[\\p{L}-]|\\.(?=\\p{L}))*){0,2}"
            + "(?=[.!?,](?:\\s|$)|$)");

    private static final Pattern POST_MODIFIER = Pattern.compile(" (?:on|in|at|inside|within|close to) (?:the|a|an|his|her"
            + "|its|their) (?:[\\p{L}-]+ ){0,2}[\\p{Ll}-]+"
            // "said both leaders in a joint statement": how it was said, no place of the speaker
            + "(?<!statement|interview|post|letter|speech|video|conference|briefing|call|message|tweet|broadcast|release"
            + "|email|filing|podcast|programme|program|show)(?=[.!?](?:\\s|$))");

    /**
     * {@code Smith, who said the plan would fail, left early}: a report inside a relative clause on its speaker ends
     * at the comma that closes the relative clause, where the sentence's own verb resumes.
     */
    private static TextRange relativeClauseCut(String text, TextRange cue, TextRange content) {
        int p = skipAdverbsBack(text, cue.start());
        String relative = TextScan.previousWord(text, p).toLowerCase(Locale.ROOT);
        int relativeStart = TextScan.previousWordStart(text, p);
        if (!RELATIVE_PRONOUNS.contains(relative) || relativeStart < 2 || !text.startsWith(", ", relativeStart - 2)) {
            return content;
        }
        return untilFirstComma(text, content);
    }

    /** {@code content} up to its first comma outside a quote it opens ({@code 292,000} has none), else whole. */
    private static TextRange untilFirstComma(String text, TextRange content) {
        for (int i = content.start(); i < content.end(); i++) {
            if (text.startsWith(", ", i) && !QuoteBalance.openAt(text, content.start(), i)) {
                TextRange cut = new TextRange(content.start(), i).trimmedIn(text);
                return cut.isEmpty() ? content : cut;
            }
        }
        return content;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");

    /**
     * {@code Although the company said profits rose, its shares fell}: a report inside the subordinate clause that
     * opens the sentence ends at that clause's comma, where the main clause begins.
     */
    private static TextRange subordinateOpeningCut(String text, TextRange cue, TextRange content) {
        int sentenceStart = Sentences.startOf(text, cue.start());
        String opening = TextScan.firstWord(text.substring(sentenceStart, Math.min(text.length(), sentenceStart + 12)));
        if (!SUBORDINATORS.contains(opening) || TextScan.lastIndexOf(text, ",", cue.start() - 1, sentenceStart) >= 0) {
            return content;
        }
        return untilFirstComma(text, content);
    }

    private static final Set<String> SUBORDINATORS = Set.of("While", "Although", "Though", "Whereas", "Because",
            "Since", "Unless", "After", "Before", "When", "If", "Once", "Until");

    /**
     * {@code Several conservative groups claiming the vote was stolen gathered …}: a participle right after the
     * phrase that opens the sentence, with no comma, is a reduced relative clause on that phrase.
     */
    private static boolean reducedRelative(String text, TextRange cue) {
        int sentenceStart = Sentences.startOf(text, cue.start());
        return Character.isLetter(charBefore(text, cue.start()))
                && SpeakerPhrases.before(text, cue.start()).filter(p -> p.start() == sentenceStart
                        && TextScan.skipSpacesBack(text, cue.start()) == p.end()
                        && namesSomeoneOrThem(p.of(text))
                        && !PAST_TENSE_INSIDE.matcher(p.of(text)).find()).isPresent();
    }

    /**
     * In a reduced relative, the sentence's own verb follows the report: {@code the vote was rigged} ends before
     * {@code marched}, a past tense that no auxiliary, conjunction or {@code to} introduces, after the clause's verb.
     */
    private static TextRange beforeMainVerb(String text, TextRange content) {
        Matcher words = WORD.matcher(text).region(content.start(), content.end());
        boolean clauseVerb = false;
        String previous = "";
        while (words.find()) {
            String w = words.group();
            if (clauseVerb && w.length() > 4 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0))
                    && !NOT_BEFORE_MAIN_VERB.contains(previous) && !previous.endsWith("ly")) {
                TextRange cut = new TextRange(content.start(), words.start()).trimmedIn(text);
                return cut.isEmpty() ? content : cut;
            }
            clauseVerb |= CLAUSE_VERBS.contains(w);
            previous = w.toLowerCase(Locale.ROOT);
        }
        return content;
    }

    /** {@code The senator emailed supporters}: a phrase that holds a past tense is a clause, not a subject. */
    private static final Pattern PAST_TENSE_INSIDE = Pattern.compile(" (?:\\p{Ll}{2,}ed|told|wrote|sent|gave|made|took|said)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "could", "can", "should", "may", "might", "must");
    private static final Set<String> NOT_BEFORE_MAIN_VERB = Set.of("is", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must", "and", "or", "but",
            "to", "not", "who", "which", "that", "get", "got", "getting");

    /**
     * {@code , with the union saying …}, {@code with union leader Jo Bloggs calling it "…"}: the phrase between
     * {@code with} and a participle of speech is its speaker, not the sentence's subject.
     */
    private static Optional<TextRange> withSubject(String text, TextRange cue) {
        return SpeakerPhrases.before(text, skipAdverbsBack(text, cue.start()))
                .filter(p -> (TextScan.previousWord(text, p.start()).equalsIgnoreCase("with") || secondWith(text, p))
                        && namesSomeone(p.of(text)));
    }

    /** {@code with X calling it "…" and Y calling it "…"}: a second speaker joined by {@code and} to the first. */
    private static boolean secondWith(String text, TextRange phrase) {
        if (!TextScan.previousWord(text, phrase.start()).equals("and")) {
            return false;
        }
        int sentenceStart = Sentences.startOf(text, phrase.start());
        int with = TextScan.lastIndexOf(text, " with ", phrase.start(), sentenceStart);
        return with >= 0 && WITH_PARTICIPLE_BETWEEN.matcher(text).region(with, phrase.start()).find();
    }

    /** {@link #namesSomeone} for the phrase or for its singular ({@code conservative groups}: {@code group}). */
    private static boolean namesSomeoneOrThem(String phrase) {
        return namesSomeone(phrase) || namesSomeone(phrase.replaceAll("s$", ""));
    }

    /** {@code Jo Bloggs}, {@code the union}, {@code officials}, but not {@code a task} or {@code it}. */
    private static boolean namesSomeone(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        return TextScan.startsUpper(last) || SpeechVocabulary.isRoleWord(last.toLowerCase(Locale.ROOT));
    }

    /** A short object, then an opening quote mark: {@code  the deals "}, {@code  it a "}, {@code  them as "}. */
    private static final Pattern OBJECT_THEN_QUOTE = Pattern.compile(" (?!for |on |upon |off |out )[^,.;:\"“”]{1,50}? [\"“]");

    private static final Pattern WITH_PARTICIPLE_BETWEEN = Pattern.compile(" (?:calling|describing|saying) ");

    /** Participles of describing that attribute a quote only after {@code with} and their speaker. */
    private static final Set<String> WITH_PARTICIPLES = Set.of("calling", "describing");

    /**
     * {@code led by Mark Hay, a marine ecologist at GT, who said}: the name that {@code , who} refers back to, over
     * a role in apposition between them; likewise a body's {@code , which} ({@code Toronto Police, which indicated}).
     */
    private static Optional<TextRange> relativeAntecedent(String text, int verbStart) {
        int who = TextScan.previousWordStart(text, verbStart);
        String relative = TextScan.previousWord(text, verbStart);
        if (who < 0 || !relative.equals("who") && !relative.equals("which")) {
            return Optional.empty();
        }
        int comma = TextScan.skipSpacesBack(text, who) - 1;
        if (relative.equals("which") && (comma < 1 || text.charAt(comma) != ',')) {
            return Optional.empty(); // "the plan which said": a restrictive which names a thing, not a speaker
        }
        if (comma < 1 || text.charAt(comma) != ',') {
            // "citing two officials who said": a role phrase right before "who"
            return SpeakerPhrases.before(text, who).map(n -> withoutLeadingParticiple(text, n)).filter(n -> headedByRoleWord(n.of(text))
                    || SpeechVocabulary.ROLE_WORDS.contains(n.of(text).toLowerCase(Locale.ROOT))
                    || Character.isUpperCase(text.charAt(n.start())) && !n.of(text).equals("I"));
        }
        int sentenceStart = Sentences.startOf(text, comma);
        int previousComma = comma - 1;
        while (previousComma > sentenceStart && comma - previousComma <= APPOSITION_REACH && text.charAt(previousComma) != ',') {
            previousComma--;
        }
        int nameEnd = comma;
        if (previousComma > sentenceStart && text.charAt(previousComma) == ',') {
            String between = text.substring(previousComma + 1, comma).strip();
            if (!between.isEmpty() && (Character.isLowerCase(between.charAt(0)))) {
                nameEnd = previousComma; // ", a marine ecologist …,": a role in apposition
            }
        }
        // "opposition leader Ana Ruiz, who said": a role before the name may start in lower case
        // "denied by the company, which called them": a body named by a role word, the passive's agent included
        // no apposition between: "his rivals, particularly Govs. Bush and Christie, who say" is theirs
        boolean rightBeforeComma = nameEnd == comma;
        return SpeakerPhrases.before(text, nameEnd)
                .filter(n -> (Character.isUpperCase(text.charAt(n.start())) || endsInName(n.of(text))
                        || relative.equals("which") && SpeechVocabulary.DETERMINERS.contains(TextScan.firstWord(n.of(text)))
                        && namesSomeone(n.of(text))
                        // "confirmed by a spokesperson for the club, who said": a determiner's phrase headed by a person
                        // (not "a lecture from the Mexican president, who said")
                        || relative.equals("who") && rightBeforeComma && SpeechVocabulary.DETERMINERS.contains(
                        TextScan.firstWord(n.of(text))) && headNamesPerson(n.of(text))) && !n.of(text).equals("I"));
    }

    /** Whether the noun before a phrase's first preposition names a person: {@code a spokesperson for the club}. */
    private static boolean headNamesPerson(String phrase) {
        Matcher m = HEAD_END.matcher(phrase);
        boolean attached = m.find();
        String head = attached ? phrase.substring(0, m.start()) : phrase;
        // one phrase after the head: "a doctor at the hospital in an interview" runs into an adjunct
        if (attached && m.find()) {
            return false;
        }
        String last = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
        return CommonNounPhrase.namesPerson(last) && !NOT_PEOPLE.contains(last);
    }

    /**
     * Words that speak for a body or as a document, which the speaker vocabulary counts with people but {@code who} does
     * not follow: {@code the decision of the judge, who said} is the judge's.
     */
    private static final Set<String> NOT_PEOPLE = Set.of("decision", "ruling", "statement", "report", "reports", "study",
            "court", "ministry", "agency", "government", "office", "department", "committee", "council", "board",
            "company", "firm", "group", "team", "party", "campaign", "union", "association", "club", "organisation",
            "organization", "foundation", "institute", "university", "school", "hospital", "magazine", "publication",
            "website", "site", "channel", "station", "network", "portal", "newspaper", "outlet", "broadcaster",
            "airline", "operator", "army", "military", "navy", "service", "services", "wing", "media", "accounts",
            "document", "letter", "post", "video", "survey", "poll", "data", "analysis");

    private static final Pattern HEAD_END = Pattern.compile(" (?:for|of|from|at|with|in|on|to) ");

    private static boolean endsInName(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        return phrase.indexOf(' ') > 0 && TextScan.startsUpper(last) && !SpeechVocabulary.NOT_NAMES.contains(last);
    }

    private static final int APPOSITION_REACH = 120;

    /** {@code citing two officials}: the participle before an object is no part of the phrase. */
    private static TextRange withoutLeadingParticiple(String text, TextRange phrase) {
        String first = TextScan.firstWord(phrase.of(text));
        int space = phrase.of(text).indexOf(' ');
        return first.endsWith("ing") && Character.isLowerCase(first.charAt(0)) && space > 0
                ? new TextRange(phrase.start() + space + 1, phrase.end()) : phrase;
    }

    /**
     * {@code a UN report concluded}: {@code report} (or {@code show}, {@code estimate} …) after a singular
     * phrase is the noun, not the verb of {@code officials report}.
     */
    private static boolean reportAsNoun(String text, String verb, TextRange subject) {
        String s = subject.of(text);
        String lower = s.toLowerCase(Locale.ROOT);
        return SpeechVocabulary.PLURAL_VERB_FORMS.contains(verb) && !s.endsWith("s") && !SpeechVocabulary.PRONOUNS.contains(lower)
                && !SpeechVocabulary.PLURAL_NOUNS.contains(lower.substring(lower.lastIndexOf(' ') + 1));
    }

    /**
     * {@code responded to the new rules}, {@code with a pattern described by …}: a determiner's phrase right after a
     * preposition is its object, not the subject of the word after it.
     */
    private static boolean objectOfPreposition(String text, TextRange phrase) {
        String first = TextScan.firstWord(phrase.of(text)).toLowerCase(Locale.ROOT);
        String preposition = TextScan.previousWord(text, phrase.start()).toLowerCase(Locale.ROOT);
        if (!SpeechVocabulary.DETERMINERS.contains(first) || !OBJECT_PREPOSITIONS.contains(preposition)) {
            return false;
        }
        // "Part of the judge's statement reads": a part of the phrase is the subject, the phrase its speaker
        int of = TextScan.previousWordStart(text, phrase.start());
        return !(preposition.equals("of") && PARTS.contains(TextScan.previousWord(text, of).toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> PARTS = Set.of("part", "parts", "much", "most", "some", "one", "all", "each",
            "section", "portion", "excerpt", "rest");

    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("to", "of", "with", "on", "in", "for", "by", "about",
            "from", "into", "at", "over", "under", "against", "toward", "towards", "via", "through", "without");

    /**
     * {@code what you say}, {@code you find something}, {@code if you say}: {@code you} is a speaker only as the one
     * addressed about what they said or wrote ({@code Sir, you said you helped …}), not in a general statement.
     */
    private static boolean genericYou(String text, TextRange subject, String verb) {
        if (!subject.of(text).equalsIgnoreCase("you")) {
            return false;
        }
        boolean past = verb.endsWith("ed") || PAST_SPEECH.contains(verb);
        return !past || GENERIC_YOU_BEFORE.contains(TextScan.previousWord(text, subject.start()).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PAST_SPEECH = Set.of("said", "wrote", "told", "thought");
    private static final Set<String> GENERIC_YOU_BEFORE = Set.of("if", "when", "what", "because", "as", "how", "that",
            "where", "would", "could", "should", "do", "did", "whenever", "unless");

    /** Auxiliaries of a passive: {@code was told}, {@code were reported}. */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "been", "being", "be");

    /** {@code according to police reports a driver …}: the words after {@code according to} are a source, not a subject. */
    private static boolean afterAccordingTo(String text, int start) {
        int to = TextScan.previousWordStart(text, start);
        return to > 0 && TextScan.previousWord(text, start).equals("to")
                && TextScan.previousWord(text, to).equalsIgnoreCase("according");
    }

    /** The speaker with the role that stands before it: an apposition, or a lower-case role noun. */
    private static TextRange withRole(String text, TextRange speaker) {
        TextRange withApposition = SpeakerPhrases.withRoleBefore(text, speaker);
        return withApposition.equals(speaker) ? ModifiedGroup.widen(text, RoleModifiers.before(text, speaker)) : withApposition;
    }

    private static int skipAdverbsBack(String text, int pos) {
        int p = skipConnectiveBack(text, skipPeriphrasisBack(text, pos));
        String w = TextScan.previousWord(text, p);
        while (!w.isEmpty() && (SpeechVocabulary.ADVERBS.contains(w) || VERB_ADVERBS.contains(w) || FLOATING_QUANTIFIERS.contains(w)
                || EMPHATIC_SELF.contains(w)
                || lyAdverb(text, w, TextScan.previousWordStart(text, p)))) {
            p = TextScan.previousWordStart(text, p);
            w = TextScan.previousWord(text, p);
        }
        return p;
    }

    /** {@code officials, however, said}: a connective between commas before the verb stands outside the subject. */
    private static int skipConnectiveBack(String text, int pos) {
        int comma = TextScan.skipSpacesBack(text, pos) - 1;
        if (comma < 1 || text.charAt(comma) != ',') {
            return pos;
        }
        int wordStart = TextScan.previousWordStart(text, comma);
        if (wordStart < 2 || !CONNECTIVES.contains(text.substring(wordStart, comma)) || !text.startsWith(", ", wordStart - 2)) {
            return pos;
        }
        return wordStart - 2;
    }

    private static final Set<String> CONNECTIVES = Set.of("however", "though", "meanwhile", "too", "instead", "nonetheless",
            "nevertheless", "moreover", "furthermore", "likewise", "similarly", "separately");

    /**
     * {@code the office now says}, {@code Ryan has long said}, {@code the Post first reported}: adverbs of time that stand
     * only before the verb here; kept out of {@link SpeechVocabulary#ADVERBS}, which also ends noun phrases
     * ({@code the first lady}).
     */
    private static final Set<String> VERB_ADVERBS = Set.of("now", "long", "often", "first");

    /** {@code Smith and Jones both said}, {@code they all argued}: a quantifier between the subject and its verb. */
    private static final Set<String> FLOATING_QUANTIFIERS = Set.of("all", "both", "each");
    /** Nouns that end like an adverb: {@code the organizer of a big rally said}. */
    private static final Set<String> NOUNS_IN_LY = Set.of("rally", "ally", "family", "assembly", "supply", "reply",
            "monopoly", "anomaly", "bully", "tally", "daily", "weekly", "monthly", "quarterly");
    /** {@code Cruz himself said}: a reflexive after the subject stresses it and stays out of the speaker. */
    private static final Set<String> EMPHATIC_SELF = Set.of("himself", "herself", "themselves", "itself");

    /**
     * {@code officials repeatedly said}: a word in {@code -ly} is an adverb, unless a determiner stands before it or it
     * is a role ({@code his family said}, {@code the assembly said}).
     */
    private static boolean lyAdverb(String text, String w, int wordStart) {
        return w.endsWith("ly") && w.length() > 4 && Character.isLowerCase(w.charAt(0)) && !SpeechVocabulary.isRoleWord(w)
                && !NOUNS_IN_LY.contains(w) && !SpeechVocabulary.DETERMINERS.contains(TextScan.previousWord(text, wordStart).toLowerCase(Locale.ROOT));
    }

    /** {@code Another report … during the weekend said}: a time phrase between the subject and its verb. */
    private static int skipTimeBack(String text, int pos) {
        int from = Math.max(0, pos - 40);
        if (!endsLikeTime(text, from, pos)) {
            return pos;
        }
        Matcher m = TIME_BEFORE_VERB.matcher(text).region(from, pos);
        return m.find() && m.start() > 0 && text.charAt(m.start() - 1) == ' ' ? m.start() : pos;
    }

    /**
     * Whether the text before {@code pos} (after spaces) ends in a digit or in a word that ends every alternative of
     * {@link #TIME_BEFORE_VERB}: the pattern, searched at every index of the forty characters before each speech verb,
     * is tried only where it can match.
     */
    static boolean endsLikeTime(String text, int from, int pos) {
        int p = pos;
        // the pattern's ' *$' also matches before a line break that ends the range
        while (p > from && (text.charAt(p - 1) == ' ' || LINE_BREAKS.indexOf(text.charAt(p - 1)) >= 0)) {
            p--;
        }
        if (p == from) {
            return false;
        }
        if (Character.isDigit(text.charAt(p - 1))) {
            return true;
        }
        for (String w : TIME_LAST_WORDS) {
            if (p - w.length() >= from && text.startsWith(w, p - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static final String LINE_BREAKS = "\n\r\u0085\u2028\u2029";
    /** The words the alternatives of {@link #TIME_BEFORE_VERB} end with (weekdays, yesterday and today in day). */
    private static final List<String> TIME_LAST_WORDS = List.of("weekend", "week", "month", "year", "morning", "afternoon",
            "evening", "night", "day");

    /** {@code Smith, 45, said}: an age in apposition between the subject and its verb. */
    private static int skipAgeBack(String text, int pos) {
        int p = TextScan.skipSpacesBack(text, pos);
        if (p < 1 || text.charAt(p - 1) != ',') {
            return pos;
        }
        int d = p - 1;
        while (d > 0 && Character.isDigit(text.charAt(d - 1))) {
            d--;
        }
        boolean age = p - 1 - d >= 1 && p - 1 - d <= 3 && d >= 2 && text.startsWith(", ", d - 2);
        return age ? d - 2 : pos;
    }

    /** {@code Schwartz went on to say}: the words between the subject and {@code say}. */
    private static int skipPeriphrasisBack(String text, int pos) {
        for (String words : PERIPHRASES) {
            int s = TextScan.skipSpacesBack(text, pos) - words.length();
            if (s > 0 && text.startsWith(words, s) && text.charAt(s - 1) == ' ') {
                return s;
            }
        }
        // "Zelensky took to social media to say": where the speaker went to say it
        int end = TextScan.skipSpacesBack(text, pos);
        Matcher m = TOOK_TO.matcher(text).region(Math.max(0, end - TOOK_TO_REACH), end);
        return m.find() ? m.start() + 1 : pos;
    }

    private static final Pattern TOOK_TO = Pattern.compile(" (?:took|takes|taking|take) to (?:the )?(?:social media|\\p{Lu}"
            + "[\\p{L}]*(?: [\\p{Lu}][\\p{L}]*)?|airwaves|stage|podium|microphone|streets) to$");
    private static final int TOOK_TO_REACH = 40;

    /** A credit's verb before its subject: {@code "It is over," said Smith}. */
    private static final Pattern SAID_FIRST = Pattern.compile(" (?:said|says)(?= )");

    /** The subject of the sentence (or of a clause after a comma) before {@code pos}: a phrase followed by a verb. */
    static Optional<TextRange> sentenceSubject(String text, int pos) {
        int start = Sentences.startOf(text, pos);
        for (int p = start; p >= 0 && p < pos; p = text.indexOf(',', p + 1)) {
            // "We condemn it," the ministry said, adding …: the quote's closing mark before the subject
            boolean afterQuote = p != start && p + 1 < text.length() && DirectQuoteFinder.CLOSERS.indexOf(text.charAt(p + 1)) >= 0;
            int markEnd = p == start ? p : afterQuote ? p + 2 : p + 1;
            // "It is over," said Smith, adding …: the verb before the subject
            int from = afterQuote ? AnchoredScan.at(SAID_FIRST, text, markEnd).map(MatchResult::end).orElse(markEnd) : markEnd;
            boolean opening = p == start;
            Optional<TextRange> np = SpeakerPhrases.after(text, from).or(() -> CommonNounPhrase.subjectAt(text, from))
                    .map(n -> withPartitiveOf(text, n)).filter(n -> !opening || !openingParticiple(text, n));
            if (np.isPresent() && np.get().end() < pos) {
                int after = np.get().end();
                Optional<TextRange> named = opening ? namedAppositionThenVerb(text, np.get(), pos) : Optional.empty();
                if (named.isPresent()) {
                    return named;
                }
                if (after + 1 < text.length() && text.charAt(after) == ' ' && Character.isLowerCase(text.charAt(after + 1))
                        && !TIME_NOUN_AFTER.matcher(text).region(after, Math.min(text.length(), after + 12)).lookingAt()) {
                    return np;
                }
                if (p == start && TextScan.startsUpper(np.get().of(text)) && appositionThenVerb(text, after, pos)) {
                    return np; // "John Hale, an evolutionary biologist at …, questioned the findings, saying …"
                }
                if (from > markEnd && text.substring(after, pos).strip().equals(",")) {
                    return np; // "It is over," said Smith, adding …
                }
            }
            if (p == start && text.indexOf(',', p) < 0) {
                break;
            }
        }
        return subjectAfterOpeningPhrase(text, start, pos);
    }

    /**
     * {@code One of these groups, the Syrian Democratic Forces, opposed …}: a described subject and the name its
     * apposition gives, before a lower-case verb, are one speaker (a name's own apposition, a role, is not taken).
     */
    private static Optional<TextRange> namedAppositionThenVerb(String text, TextRange described, int pos) {
        String phrase = described.of(text);
        String head = phrase.substring(phrase.lastIndexOf(' ') + 1);
        if (!text.startsWith(", ", described.end()) || head.isEmpty() || !Character.isLowerCase(head.charAt(0))) {
            return Optional.empty();
        }
        int from = described.end() + 2;
        return SpeakerPhrases.after(text, from)
                .filter(n -> {
                    int comma = AnchoredScan.at(BRACKETED_ABBREVIATION, text, n.end()).map(m -> m.end()).orElse(n.end());
                    return n.start() == from && comma + 3 < pos && text.startsWith(", ", comma)
                            && Character.isLowerCase(text.charAt(comma + 2))
                            && !APPOSITION_CONTINUES.matcher(text).region(comma + 2, pos).lookingAt();
                })
                .filter(n -> {
                    String name = n.of(text);
                    return Character.isUpperCase(name.charAt(name.lastIndexOf(' ') + 1));
                })
                .map(n -> new TextRange(described.start(), n.end()));
    }

    /** {@code (SDF)}: a name's abbreviation, which the speaker leaves out. */
    private static final Pattern BRACKETED_ABBREVIATION = Pattern.compile(" \\([\\p{Lu}\\d.&-]{2,12}\\)");
    /** After a name's comma, words that go on describing it rather than start the verb. */
    private static final Pattern APPOSITION_CONTINUES = Pattern.compile("(?:and|or|who|which|whose|a|an|the|of|in|from"
            + "|based|aged|now|then|formerly)\\b");

    /**
     * {@code Walking to the next address, Ebeling …}, {@code Facing a deficit, the party …}: a capitalised participle
     * opening the sentence before a preposition or a determiner is no name (Manning said is one).
     */
    private static boolean openingParticiple(String text, TextRange phrase) {
        String word = phrase.of(text);
        return word.indexOf(' ') < 0 && word.length() > 5 && word.endsWith("ing")
                && PARTICIPLE_OBJECTS.contains(TextScan.firstWord(text.substring(Math.min(text.length(), phrase.end() + 1),
                        Math.min(text.length(), phrase.end() + 16))).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PARTICIPLE_OBJECTS = Set.of("to", "the", "a", "an", "his", "her", "their", "its",
            "on", "in", "at", "with", "for", "from", "into", "through", "across", "out", "up", "down", "by", "as");

    /** {@code A number of senators}: a quantity named by a noun, then {@code of} and who is counted. */
    private static final Pattern QUANTITY_NOUN = Pattern.compile("(?:[Aa] (?:number|majority|handful|group)|[Dd]ozens"
            + "|[Hh]undreds|[Tt]housands|[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Ee]ach|[Bb]oth|[Nn]one)");

    /** Who a quantity counts: {@code senators}, {@code the protesters}. */
    private static final Pattern COUNTED = Pattern.compile("(?:(?:the|these|those|his|her|its|their|our) )?[\\p{L}'’-]{3,}(?= \\p{Ll}|,)");

    private static TextRange withPartitiveOf(String text, TextRange np) {
        if (!QUANTITY_NOUN.matcher(np.of(text)).matches() || !text.startsWith(" of ", np.end())) {
            return np;
        }
        return SpeakerPhrases.after(text, np.end() + 4).or(() -> CommonNounPhrase.subjectAt(text, np.end() + 3))
                .or(() -> AnchoredScan.at(COUNTED, text, np.end() + 4).map(m -> new TextRange(m.start(), m.end())))
                .map(n -> new TextRange(np.start(), n.end())).orElse(np);
    }

    /**
     * {@code , an evolutionary biologist at the college, questioned}: at {@code comma}, an apposition opened by an
     * article, then after its comma a lower-case word, before {@code pos}.
     */
    private static boolean appositionThenVerb(String text, int comma, int pos) {
        if (!APPOSITION_OPENING.matcher(text).region(comma, pos).lookingAt()) {
            return false;
        }
        int next = text.indexOf(',', comma + 1);
        return next > 0 && next + 2 < pos && text.charAt(next + 1) == ' ' && Character.isLowerCase(text.charAt(next + 2))
                && !text.startsWith("and ", next + 2) && text.substring(comma, next).indexOf('"') < 0;
    }

    /** {@code , an evolutionary biologist}, and a relative clause on a person: {@code , whose decree shocked the country}. */
    private static final Pattern APPOSITION_OPENING = Pattern.compile(", (?:(?:an?|the) \\p{Ll}|who |whose )");

    /**
     * {@code By 5 pm the city issued an advisory and stated …}: after an opening phrase without a comma, the first
     * noun phrase followed by a past tense or an auxiliary is the sentence's subject.
     */
    private static Optional<TextRange> subjectAfterOpeningPhrase(String text, int sentenceStart, int pos) {
        if (!OPENING_PREPOSITIONS.contains(TextScan.firstWord(text.substring(sentenceStart, Math.min(pos, sentenceStart + 12))))) {
            return Optional.empty();
        }
        Matcher m = SUBJECT_AFTER_OPENING.matcher(text).region(sentenceStart, Math.min(pos, sentenceStart + OPENING_REACH));
        while (m.find()) {
            int from = m.start(1);
            Optional<TextRange> np = SpeakerPhrases.after(text, from).or(() -> CommonNounPhrase.subjectAt(text, from))
                    .filter(r -> r.start() == from && r.end() < pos);
            if (np.isPresent() && AnchoredScan.at(FINITE_AFTER_SUBJECT, text, np.get().end()).isPresent()) {
                return np;
            }
        }
        return Optional.empty();
    }

    private static final Set<String> OPENING_PREPOSITIONS = Set.of("By", "On", "In", "At", "After", "Before", "During",
            "Since", "Following", "Within", "Until", "Around", "Over", "Throughout");
    private static final int OPENING_REACH = 90;
    /** A word that may start the subject after the opening phrase: a determiner or a capitalised word. */
    private static final Pattern SUBJECT_AFTER_OPENING = Pattern.compile("[ )](?=((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) |\\p{Lu}))");
    private static final Pattern FINITE_AFTER_SUBJECT = Pattern.compile(" (?:\\p{Ll}{2,}ed|has|had|was|were|is|are|will|would)\\b");

    /** {@code The next day, …}: a time phrase opening the sentence, no subject. */
    private static final Pattern TIME_NOUN_AFTER = Pattern.compile(" (?:day|days|week|weeks|month|months|year|years"
            + "|morning|afternoon|evening|night|time)\\b");

    /**
     * {@code described witnessing 35 bodies}, {@code described as being tricky}, {@code reported inventing a coating}:
     * a gerund after a verb of reporting is what the speaker said, from the gerund on.
     */
    private static Optional<TextRange> reportedDoing(String text, int from, String verb) {
        if (!DOING_VERBS.contains(verb)) {
            return Optional.empty();
        }
        return AnchoredScan.at(GERUND, text, from).flatMap(m -> clause(text, m.start(1), clauseEnd(text, m.start(1))));
    }

    private static final Set<String> DOING_VERBS = Set.of("described", "reported", "recalled", "recounted");
    private static final Pattern GERUND = Pattern.compile(" (?:as )?((?!during|including|according|concerning|regarding"
            // "reported being told …": what it was told follows, not what it reports
            + "|being (?:told|informed|advised)"
            + "|following|something|nothing|anything|everything|morning|evening|meeting|building|spring|thing)"
            + "\\p{Ll}{2,}ing)\\b(?! (?:of|for|in|on|at|to)\\b)");

    /**
     * {@code told a news conference the attacker …}, {@code told AFP news agency four people …}: the nouns that end a
     * listener's compound name belong to the listener, not to the clause after it.
     */
    private static int afterListenerNouns(String text, int from, boolean lowerCaseListener) {
        int p = from;
        int end = from;
        for (int k = 0; k < MAX_LISTENER_NOUNS; k++) {
            Optional<MatchResult> w = AnchoredScan.at(LOWER_WORD, text, p);
            String word = w.map(m -> m.group().strip()).orElse("");
            boolean head = LISTENER_NOUNS.contains(word) || lowerCaseListener && MEDIA_NOUNS.contains(word);
            if (w.isEmpty() || !w.get().group().startsWith(" ") || !head && !LISTENER_MODIFIERS.contains(word)) {
                return end;
            }
            p = w.get().end();
            end = head ? p : end; // "news agency", not "news" alone
        }
        return end;
    }

    /**
     * {@code told an audience of supporters the …}, {@code told journalists in Madrid the …}, {@code told his followers
     * on Telegram the …}, {@code told The Star-Ledger of Newark she …}: whom the listener is made of, or where it was
     * told, before the clause.
     */
    private static int afterListenerComplement(String text, int from) {
        Optional<MatchResult> m = AnchoredScan.at(LISTENER_COMPLEMENT, text, from);
        return m.isPresent() && ReportedClauseStart.at(text, m.get().end()) ? m.get().end() : from;
    }

    private static final Pattern LISTENER_COMPLEMENT = Pattern.compile(
            " (?:of \\p{Ll}+|(?:of|in|on|at) (?:the )?\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,2})(?=[ ,])");

    private static final int MAX_LISTENER_NOUNS = 3;
    /** Heads of a listener's compound name: {@code news agency}, {@code press conference}, {@code radio station}. */
    private static final Set<String> LISTENER_NOUNS = Set.of("agency", "conference", "briefing", "channel", "station",
            "programme", "program", "broadcaster", "newspaper", "outlet", "network", "website", "magazine", "daily");
    /**
     * Media named by their kind alone, heads only of a listener in lower case: {@code told local television the ordeal
     * …}, but {@code told the Daily Post radio warnings were sent}.
     */
    private static final Set<String> MEDIA_NOUNS = Set.of("television", "radio", "media", "tv");
    /** Words that modify such a head: {@code news}, {@code press}, {@code radio}. */
    private static final Set<String> LISTENER_MODIFIERS = Set.of("news", "press", "radio", "television", "state", "local");

    /**
     * {@code told lawmakers the country faced tough choices}: after a listener, a determiner, its noun and a past tense
     * in {@code -ed} with a word after it open a clause (a participle after the noun would go on with {@code by},
     * {@code with}, {@code in} …; a past tense that ends the sentence is the clause's already).
     */
    private static final Pattern DETERMINED_NOUN_THEN_PAST = Pattern.compile(" (?:the|a|an|his|her|its|their|this)"
            + " \\p{Ll}{3,} \\p{Ll}{3,}ed (?!(?:by|with|in|to|from|for|as|at|on|of|and|or)\\b)\\p{L}");

    /** Prepositions after a verb with a listener that open the topic told of, not a clause. */
    private static final Set<String> TOLD_OF = Set.of("of", "about");

    private static final Set<String> DENIALS = Set.of("denied", "denies");
    private static final Set<String> PROMISES = Set.of("promised", "promises");
    private static final Pattern FUTURE_SOON = Pattern.compile(" (?:[\\p{L}'’-]+ ){1,5}(?:will|would|shall)\\b");
    /** A noun's complement clause: {@code all claims that}, {@code reports that}. */
    private static final Pattern NOUN_THEN_THAT = Pattern.compile(" (?:(?:\\p{L}+ ){1,3}that\\b|(?:it|this|them)[,.;])");

    /** Verbs whose bare object is mostly a noun phrase, also after a name: a clause needs its verb in sight. */
    private static final Set<String> OBJECT_FIRST_VERBS = Set.of("mentioned", "wrote", "writes", "continued", "continues");

    private static final String TELLING = "telling";
    /** A name's possessive, a participle in {@code -ed} and a lower-case word: {@code Trump's repeated calls}. */
    private static boolean possessiveModifier(String text, TextRange cue, String verb) {
        String before = TextScan.previousWord(text, cue.start());
        int beforeStart = TextScan.previousWordStart(text, cue.start());
        String possessor = beforeStart > 0 ? TextScan.previousWord(text, beforeStart) : "";
        if (before.endsWith("ed") && before.chars().allMatch(Character::isLowerCase)
                && (possessor.endsWith("'s") || possessor.endsWith("’s"))) {
            return true; // "Trump's repeated calls to ban …": the cue is the possessor's noun
        }
        return verb.endsWith("ed") && (before.endsWith("'s") || before.endsWith("’s")) && TextScan.startsUpper(before)
                && !before.equalsIgnoreCase("he's") && !before.equalsIgnoreCase("she's") && !before.equalsIgnoreCase("it's")
                && AnchoredScan.at(PLAIN_NOUN_AFTER, text, cue.end()).isPresent();
    }

    private static final Pattern PLAIN_NOUN_AFTER = Pattern.compile(" (?!that\\b|the\\b|a\\b|an\\b|to\\b|it\\b)\\p{Ll}{3,}");

    /** A court's participle, a cue only after a comma: {@code rejected the appeal, ruling that …}. */
    private static final String RULING = "ruling";
    /** One listener word before {@code that}: {@code telling reporters}, {@code telling them}, not {@code the story}. */
    private static final Pattern TOLD_ONE = Pattern.compile(" (?:him|her|them|us|me|\\p{Ll}{3,})(?= that )");

    private static final Pattern ARTICLE = Pattern.compile(" (?:the|a|an) ");
    /** What is told rather than whom: {@code telling jokes}, {@code telling lies}. */
    private static final Set<String> TOLD_THINGS = Set.of("jokes", "lies", "stories", "tales", "truths", "secrets",
            "anecdotes", "fibs");

    /** A listener with no determiner after {@code telling}: a name, an object pronoun or people in the plural. */
    private static final Pattern TOLD_BARE = Pattern.compile(" (?:him|her|them|us|me|\\p{Ll}{3,}s)(?= )");

    /**
     * {@code telling Wikinews the company extends …}, {@code telling reporters the talks were …}: where the clause after
     * the listener starts, when no {@code that} opens it.
     */
    private static Optional<Integer> listenerThenClause(String text, int from) {
        Optional<Integer> end = SpeakerPhrases.after(text, from).filter(l -> l.start() == from + 1 && TextScan.startsUpper(l.of(text)))
                .map(TextRange::end).or(() -> AnchoredScan.at(TOLD_BARE, text, from)
                        // "telling reporters the …", not "telling jokes the audience loved"
                        .filter(m -> m.group().strip().length() <= 4 || CommonNounPhrase.namesPerson(m.group().strip()))
                        .map(MatchResult::end));
        return end.filter(e -> charAt(text, e) == ' ' && ReportedClauseStart.at(text, e) && ReportedClauseStart.verbSoon(text, e));
    }

    /** {@code X said (that) CLAUSE.} */
    private Optional<TextRange> reportedAfter(String text, int from, String verb, boolean afterAdjunct) {
        int p = from;
        if (trailingAdjunct(text, p)) {
            return Optional.empty(); // "…, he said, on condition of anonymity.": the words before are the report
        }
        boolean namedListener = false;
        if (SpeechVocabulary.LISTENER_VERBS.contains(verb)) {
            Optional<TextRange> listener = SpeakerPhrases.after(text, p).map(l -> acronymBeforeSubject(text, l));
            int that = thatAfterListener(text, p);
            if (that >= 0) {
                p = that;
            } else if (listener.isEmpty()) {
                Optional<MatchResult> w = AnchoredScan.at(LOWER_WORD, text, p);
                if (w.isEmpty() || TOLD_OF.contains(w.get().group().strip())) {
                    return Optional.empty(); // "told of being forced to …": what it was about, an object
                }
                p = w.get().end();
                // "told cheering supporters in Nashua": a participle before the listener's noun modifies it
                while (w.get().group().strip().endsWith("ing") && AnchoredScan.at(LOWER_WORD, text, p).isPresent()) {
                    w = AnchoredScan.at(LOWER_WORD, text, p);
                    p = w.get().end();
                }
                if (SpeechVocabulary.DETERMINERS.contains(w.get().group().strip())
                        || FIRST_AND_SECOND_POSSESSIVES.contains(w.get().group().strip())) {
                    // told the press the drugs …, told my mom I …: the determiner's noun belongs to the listener
                    Optional<MatchResult> noun = AnchoredScan.at(LOWER_WORD, text, p);
                    p = noun.map(MatchResult::end).orElse(p);
                }
                p = afterListenerNouns(text, p, true);
            } else {
                // "told Ukrainian television the …": a nationality names its media as lower case does
                String named = listener.get().of(text);
                p = afterListenerNouns(text, listener.get().end(), named.chars().noneMatch(Character::isUpperCase)
                        || SpeechVocabulary.NATIONALITIES.contains(named));
                namedListener = true;
            }
            p = afterListenerComplement(text, p);
            p = skipAdjuncts(text, p);
        }
        if (verb.equals(TELLING)) {
            // "…, telling reporters that Ukraine would …": the listener stays out of the clause (not "telling the story that")
            int that = thatAfterListener(text, p);
            int listenerFrom = p;
            boolean listener = that >= 0 && (AnchoredScan.at(TOLD_ONE, text, listenerFrom).filter(m -> m.end() == that).isPresent()
                    || SpeakerPhrases.after(text, listenerFrom).filter(l -> TextScan.startsUpper(l.of(text))
                    && (l.end() == that || afterApposition(text, l.end()) == that)).isPresent());
            // only after a comma, where the one telling is the sentence's subject (not "tried to calm them by telling them")
            boolean afterComma = charBefore(text, from - TELLING.length()) == ',';
            Optional<Integer> clauseAfterListener = that < 0 && afterComma ? listenerThenClause(text, listenerFrom) : Optional.empty();
            if (!listener && that < 0 && clauseAfterListener.isEmpty() && AnchoredScan.at(ARTICLE, text, p).isPresent()
                    && !ReportedClauseStart.verbSoon(text, p) && text.substring(p, Sentences.endOf(text, p)).indexOf(':') < 0) {
                return Optional.empty(); // "telling the story of his youth": an object
            }
            if (!listener && TOLD_THINGS.contains(TextScan.nextWord(text, p))) {
                return Optional.empty(); // "telling jokes the audience loved", "telling lies that …": what is told, no listener
            }
            p = listener ? that : clauseAfterListener.orElse(p);
        }
        if (namedListener && charAt(text, p) == ',' && text.startsWith("As ", Sentences.startOf(text, from))
                && ReportedClauseStart.at(text, p + 1)) {
            p++; // "As Clinton told the New York Daily News, tax relief is …": the listener's comma opens the report
        }
        if (afterAdjunct && charAt(text, p) == ',' && !SpeechVocabulary.LISTENER_VERBS.contains(verb)
                && AnchoredScan.at(LOWER_ING, text, p + 1).isEmpty()
                && (ReportedClauseStart.at(text, p + 1) || opensQuantifiedSubjectAt(text, p + 1))) {
            p++; // "noted on Monday, the fatalities were all unvaccinated": the comma closes the time phrase
        }
        boolean that = text.startsWith(" that ", p) || text.startsWith(" that, ", p);
        if (!that && SpeechVocabulary.THAT_ONLY.contains(verb)) {
            return Optional.empty();
        }
        if (!that && (SpeechVocabulary.PROPOSING_VERBS.contains(verb) || SpeechVocabulary.ADVISING_VERBS.contains(verb)
                && AnchoredScan.at(OBJECT_TO_INFINITIVE, text, p).isPresent())) {
            // "proposed legislation that would …": a proposal's object; "recommended Baker to be his replacement": an
            // object and what it should do
            return Optional.empty();
        }
        if (that) {
            p += 5;
            p += charAt(text, p) == ',' ? 1 : 0;
        } else if ((SpeechVocabulary.NEED_THAT.contains(verb) || namedListener) && !ReportedClauseStart.at(text, p)
                && !(!afterAdjunct && opensWithPhraseThenClause(text, p)) && !boundedSubjectThenVerb(text, p)
                && !(namedListener && AnchoredScan.at(DETERMINED_NOUN_THEN_PAST, text, p).isPresent())) {
            return Optional.empty(); // "told French news channel BFM TV.": the rest of the listener, no clause
        }
        if (!that && PROMISES.contains(verb) && AnchoredScan.at(FUTURE_SOON, text, p).isEmpty()) {
            return Optional.empty(); // "promised protests every week": a promise's clause tells what will be
        }
        if (!that && DENIALS.contains(verb) && AnchoredScan.at(NOUN_THEN_THAT, text, p).isPresent()) {
            return Optional.empty(); // "denied all claims that he was there", "denied it, …": an object
        }
        if (!that && OBJECT_FIRST_VERBS.contains(verb) && !ReportedClauseStart.verbSoon(text, p)) {
            return Optional.empty(); // "mentioned Pogue's conviction to Trump": a name that opens an object
        }
        if (charAt(text, p) == ',' || charAt(text, p) == ':') {
            return Optional.empty();
        }
        int s = p;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        boolean quotedSubject = s < text.length() && partialQuoteThenClause(text, s);
        if (s >= text.length() || !Character.isLetterOrDigit(text.charAt(s)) && !quotedSubject || s == p && !that) {
            return Optional.empty();
        }
        int we = s;
        while (we < text.length() && Character.isLetter(text.charAt(we))) {
            we++;
        }
        boolean compound = we < text.length() && text.charAt(we) == '-'; // no-one was inside
        String first = text.substring(s, we).toLowerCase(Locale.ROOT);
        // "said them": an object pronoun, no clause's subject (in lower case only: "said US troops …")
        if (!that && !compound && (NOT_CLAUSE_START.contains(first) || OBJECT_PRONOUNS.contains(text.substring(s, we)))
                && !AnchoredScan.at(BOUND_SUBJECT, text, s).isPresent()
                // "announced its second debate would be virtual": a possessive that opens a clause's subject
                && !(text.startsWith("its ", s) && ReportedClauseStart.at(text, p))
                // "said no traces were found", "said about 20 buildings collapsed": a quantifier opening a subject
                && !opensQuantifiedSubject(text, s, first)
                // "found in 36 states most of …" (after "said in a speech", a phrase is where it was said)
                && !(!afterAdjunct && opensWithPhraseThenClause(text, p))
                // "found when fish were plentiful, they would eat …": a clause of time or condition opens the report
                && !opensWithSubordinateThenClause(text, s, first)) {
            return Optional.empty();
        }
        if (AnchoredScan.at(LISTENER_THEN_SENTENCE_QUOTE, text, s).isPresent()) {
            return Optional.empty(); // "told host Mika Brzezinski "No, it is not true."": a listener, then the words
        }
        Optional<TextRange> clause = clause(text, s, clauseEnd(text, s));
        if (clause.isPresent() && AnchoredScan.at(PARTICIPLE_THEN_QUOTE, text, clause.get().end()).isPresent()
                && !ReportedClauseStart.at(text, s)) {
            return Optional.empty(); // "tweeted her reasoning saying, "…"": an object, then the words themselves
        }
        return clause;
    }

    private static final Set<String> FIRST_AND_SECOND_POSSESSIVES = Set.of("my", "your");
    /** A name (with a lower-case role before it) and a quote that opens a sentence of its own. */
    private static final Pattern LISTENER_THEN_SENTENCE_QUOTE = Pattern.compile(
            "(?:\\p{Ll}+ )?(?:\\p{Lu}[\\p{L}.'’-]* ){1,3}[\"“]\\p{Lu}");
    /** A participle of speech and the quote it introduces: {@code  saying, "…"}. */
    private static final Pattern PARTICIPLE_THEN_QUOTE = Pattern.compile(
            "\\s+(?:saying|adding|stating|writing|noting|declaring|tweeting)[,:]?\\s*[\"“]");

    /**
     * {@code found when fish were plentiful, they would eat algae}: a subordinate clause of time or condition, its
     * comma, then the report's own subject and verb.
     */
    private static boolean opensWithSubordinateThenClause(String text, int s, String first) {
        if (!OPENING_SUBORDINATORS.contains(first)) {
            return false;
        }
        int sentenceEnd = Sentences.endOf(text, s);
        int comma = text.indexOf(", ", s);
        if (comma < 0 || comma >= Math.min(sentenceEnd, s + SUBORDINATE_REACH)) {
            return false;
        }
        String subordinate = text.substring(s, comma);
        // "said when asked about …" has no clause of its own; "said when he said …" is about the speaking itself
        return subordinate.indexOf('"') < 0 && !hasSpeechVerb(text, s, comma) && !SPEAKING.matcher(subordinate).find()
                && ReportedClauseStart.at(text, s + first.length()) && ReportedClauseStart.at(text, comma + 1)
                && !text.startsWith(", which", comma) && !text.startsWith(", who", comma);
    }

    private static final Set<String> OPENING_SUBORDINATORS = Set.of("when", "if", "once", "although", "though",
            "because", "unless", "until", "whenever");
    private static final int SUBORDINATE_REACH = 100;
    private static final Pattern SPEAKING = Pattern.compile("\\b(?:talking|speaking|asked|commenting|discussing"
            + "|referring|testifying|interviewed|addressing)\\b");

    /**
     * {@code said no traces of poison were found}, {@code said about 20 buildings collapsed}: {@code no} before a
     * noun, or {@code about} before a number, opens the subject of a clause when a verb follows within its first
     * words (not {@code said no to the plan} or {@code spoke about the plan}); {@code about} before a word amount
     * ({@code said about half of the adjustment reflected …}) opens one as {@code nearly half} does.
     */
    private static boolean opensQuantifiedSubject(String text, int s, String first) {
        int after = s + first.length();
        if (first.equals("no")) {
            return auxiliaryWithin(text, after, NO_SUBJECT_WORDS);
        }
        // a word amount opens a subject as "nearly half" does; a number needs the clause's verb in sight
        return first.equals("about") && AnchoredScan.at(AMOUNT_AFTER_ABOUT, text, after).isPresent()
                && (!Character.isDigit(text.charAt(after + 1)) || ReportedClauseStart.at(text, after));
    }

    /** {@code about 20}, {@code about half}, {@code about a third}, {@code about two dozen}: an amount, not a topic. */
    private static final Pattern AMOUNT_AFTER_ABOUT = Pattern.compile(" (?:\\d|half\\b|a (?:third|quarter|fifth|tenth|dozen|"
            + "hundred|thousand|million|billion)\\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
            + "fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|dozens)\\b(?![- ]year))");

    /** {@link #opensQuantifiedSubject} for the first word after {@code from}: {@code said on Saturday, about 20 …}. */
    private static boolean opensQuantifiedSubjectAt(String text, int from) {
        int s = from;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLowerCase(text.charAt(e))) {
            e++;
        }
        return e > s && opensQuantifiedSubject(text, s, text.substring(s, e));
    }

    /** How many words a subject opened by {@code no} may have before its auxiliary: {@code no traces of poison were}. */
    private static final int NO_SUBJECT_WORDS = 6;

    /** An auxiliary or copula among the next {@code words} words after {@code from}, before any punctuation. */
    private static boolean auxiliaryWithin(String text, int from, int words) {
        int p = from;
        for (int k = 0; k < words && p < text.length() && text.charAt(p) == ' '; k++) {
            int e = p + 1;
            while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
                e++;
            }
            if (e == p + 1) {
                return false;
            }
            if (CLAUSE_AUXILIARIES.contains(text.substring(p + 1, e))) {
                return true;
            }
            p = e;
        }
        return false;
    }

    private static final Set<String> CLAUSE_AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "could", "can", "should", "may", "might", "must");

    private static final Set<String> REMARK_OPENERS = Set.of("as", "like");

    /** {@code As Smith noted}, {@code But as the Times reported}: "as" opens the sentence, and the speaker is not "I" or "we". */
    private static boolean opensWithAs(String text, TextRange speaker) {
        int as = TextScan.previousWordStart(text, speaker.start());
        if (as < 0 || QuoteAnalyzer.isFirstPerson(text, speaker)) {
            return false;
        }
        if (text.startsWith("As ", as)) {
            return TextScan.isSentenceStart(text, as);
        }
        int p = TextScan.skipSpacesBack(text, as);
        p -= p > 0 && text.charAt(p - 1) == ',' ? 1 : 0; // "However, as"
        int beforeStart = TextScan.previousWordStart(text, p);
        return beforeStart >= 0 && AS_OPENING_CONNECTIVES.contains(TextScan.previousWord(text, p).toLowerCase(Locale.ROOT))
                && TextScan.isSentenceStart(text, beforeStart);
    }

    private static final Set<String> AS_OPENING_CONNECTIVES = Set.of("but", "and", "however", "yet");
    private static final Pattern LOWER_ING = Pattern.compile(" ?\\p{Ll}+ing\\b");

    /** Prepositions of time and place that may open a reported clause: {@code found in 36 states most of …}. */
    private static final Set<String> OPENING_ADVERBIAL_PREPOSITIONS = Set.of("in", "on", "at", "after", "before",
            "during", "since", "following", "within", "over", "across", "throughout", "until", "as");
    /** How many words the opening phrase of a reported clause may have. */
    private static final int OPENING_PHRASE_WORDS = 5;

    /**
     * {@code found in 36 states most of the people who died were …}, {@code claimed after the meeting the elder Biden
     * used …}: a preposition of time or place at {@code from}, a short phrase, then a clause of its own.
     */
    private static boolean opensWithPhraseThenClause(String text, int from) {
        Optional<MatchResult> preposition = AnchoredScan.at(PHRASE_WORD, text, from);
        if (preposition.isEmpty() || !OPENING_ADVERBIAL_PREPOSITIONS.contains(preposition.get().group().strip())) {
            return false;
        }
        int p = preposition.get().end();
        for (int k = 0; k < OPENING_PHRASE_WORDS; k++) {
            Optional<MatchResult> w = AnchoredScan.at(PHRASE_WORD, text, p);
            if (w.isEmpty()) {
                return false;
            }
            p = w.get().end();
            String word = w.get().group().strip();
            // a determiner after a noun, not after a preposition (which continues the phrase: "on the size of her …")
            String before = TextScan.previousWord(text, w.get().start() + 1).toLowerCase(Locale.ROOT);
            boolean continues = SpeechVocabulary.DETERMINERS.contains(before) || OBJECT_PREPOSITIONS.contains(before);
            if (k > 0 && !continues && (SpeechVocabulary.DETERMINERS.contains(word) || CLAUSE_OPENERS.contains(word)
                    || SpeechVocabulary.PRONOUNS.contains(word) && !word.equals("it"))
                    && (ReportedClauseStart.at(text, w.get().start())
                    // "most of the people who died were": the partitive's noun phrase opens the clause
                    || CLAUSE_OPENERS.contains(word) && text.startsWith(" of ", p) && ReportedClauseStart.at(text, p + 3))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PHRASE_WORD = Pattern.compile(" [\\p{L}\\p{N}'’-]+");
    /** Words that open a clause's subject after an opening phrase besides determiners: {@code most of the people}. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("most", "many", "some", "all", "more", "no", "none");

    /** {@code said at least 116 people died}: a bound before a number opens the clause's subject. */
    private static final Pattern BOUND_SUBJECT = Pattern.compile("(?:[Aa]t (?:least|most)|[Aa]s (?:many|much|few) as) [\\d\\p{L}]");

    /** {@code reported at least 20 people were injured}: a bound opens the clause's subject, whose verb follows soon. */
    private static boolean boundedSubjectThenVerb(String text, int p) {
        return AnchoredScan.at(BOUNDED_SUBJECT_THEN_VERB, text, p).isPresent();
    }

    private static final Pattern BOUNDED_SUBJECT_THEN_VERB = Pattern.compile(" (?:at (?:least|most)|as (?:many|much|few) as|"
            + "more than|nearly|almost|about|some|over) [\\d,.]+ (?:[\\p{L}-]+ ){1,3}(?:were|was|had|have|has|are|is|died|"
            + "remain|remained|will|would)\\b");

    /**
     * {@code told local television station KDKA-TV that …}: the {@code that} within a few words after a listener
     * verb, with no comma or quote mark before it; -1 if there is none.
     */
    private static int thatAfterListener(String text, int from) {
        int limit = Math.min(text.length(), from + LISTENER_REACH);
        int at = text.substring(from, limit).indexOf(" that "); // bounded: a long text is not searched to its end
        if (at < 0) {
            return appositionThenThat(text, from);
        }
        at += from;
        if (SUBJECT_BEFORE_THAT.matcher(text).region(from, at).find()) {
            return -1; // "told host Chris Cuomo she believed that …": the that of the reported clause's own verb
        }
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            int title = quotedTitleEnd(text, i, at);
            if (title > i) {
                i = title; // told MSNBC's "Morning Joe" that …: a programme's title, not a quote
            } else if (c == ',' || c == '.' || c == ';' || c == ':' || QUOTE_MARKS.indexOf(c) >= 0 && !possessiveMark(text, i)) {
                return appositionThenThat(text, from);
            }
        }
        return at;
    }

    /** Where the closing mark stands of a title in marks that opens at {@code i} and closes before {@code limit}, else -1. */
    private static int quotedTitleEnd(String text, int i, int limit) {
        if ("\"“".indexOf(text.charAt(i)) < 0) {
            return -1;
        }
        Optional<Integer> close = QuoteBalance.closingMark(text, i + 1, limit - i - 1);
        return close.filter(c -> c > i + 1 && QuotedTitle.at(text, new TextRange(i + 1, c))).orElse(-1);
    }

    /** {@code The Washington Post's editorial board}, {@code voters' concerns}: a possessive's apostrophe, no quote mark. */
    private static boolean possessiveMark(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i > 0 && Character.isLetter(text.charAt(i - 1)) && i + 1 < text.length()
                && (text.charAt(i + 1) == 's' && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)))
                || text.charAt(i - 1) == 's' && text.charAt(i + 1) == ' ');
    }

    /**
     * {@code told NPR Hamza bin Laden had appeared}, {@code told CNN Ukraine would}, {@code told reporters Moscow had}: an
     * outlet's acronym or a listener in lower case is the whole listener when the capitalised words after it run straight
     * into a verb, which makes them the clause's subject.
     */
    private static TextRange acronymBeforeSubject(String text, TextRange listener) {
        String s = listener.of(text);
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        boolean acronym = first.length() >= 2 && first.length() <= 6 && first.chars().allMatch(Character::isUpperCase);
        // "told reporters Moscow had not been informed": a plain listener in lower case before the clause's name
        boolean plain = first.length() >= 3 && first.chars().allMatch(Character::isLowerCase);
        if (!acronym && !plain || space < 0 || !TextScan.startsUpper(s.substring(space + 1))
                || AnchoredScan.at(FINITE_VERB_NEXT, text, listener.end()).isEmpty()) {
            return listener;
        }
        return new TextRange(listener.start(), listener.start() + space);
    }

    private static final Pattern OBJECT_TO_INFINITIVE = Pattern.compile(" (?:[\\p{L}\\p{N}.'’-]+ ){1,5}?to \\p{Ll}+");

    private static final Pattern FINITE_VERB_NEXT = Pattern.compile(
            " [\"“]?(?:had|has|have|was|were|is|are|would|will|could|can|should|might|may|did|does)\\b");

    /**
     * {@code told Anadolu Agency, a local news outlet, that …}: the listener's apposition between commas, then
     * {@code that}; where that {@code that} stands, else -1.
     */
    private static int appositionThenThat(String text, int from) {
        Optional<MatchResult> m = AnchoredScan.at(LISTENER_APPOSITION, text, from);
        return m.map(r -> r.end() - " that ".length()).orElse(-1);
    }

    private static final Pattern LISTENER_APPOSITION = Pattern.compile(
            " [^,.;:\"“”\n]{1,40}, (?:a|an|the) [^,.;:\"“”\n]{1,60}, that ");

    private static final int LISTENER_REACH = 60;
    private static final Pattern SUBJECT_BEFORE_THAT = Pattern.compile(" (?:he|she|they|we|I)(?= )");

    /** Where {@code speaker} first matches outside a quote the clause opened and {@code accepted} holds, else {@code end}. */
    private static int anotherSpeakerAt(String text, int start, int end, Pattern speaker,
                                        java.util.function.IntPredicate accepted) {
        Matcher m = speaker.matcher(text).region(start, end);
        while (m.find()) {
            if (!QuoteBalance.openAt(text, start, m.start()) && accepted.test(m.start())) {
                return m.start();
            }
        }
        return end;
    }

    /**
     * Where a clause reported from {@code start} ends: at the end of the sentence, or before a participle or
     * a relative clause that follows a comma ({@code , blaming …}, {@code , which …}), or at a semicolon.
     */
    private static int clauseEnd(String text, int start) {
        int end = beforeGloss(text, start, closingMarkAfter(text, start, Sentences.endOf(text, start)));
        // "he intends to run, and other GOP leaders said …": the next report is theirs
        end = anotherSpeakerAt(text, start, end, ANOTHER_SPEAKER, at -> true);
        // "the fire had been contained, but warned that …": the same speaker's next report
        end = anotherSpeakerAt(text, start, end, SAME_SPEAKER_AGAIN, at -> true);
        // "people changed their minds and several said …": a finished clause, then theirs
        end = anotherSpeakerAt(text, start, end, ANOTHER_SPEAKER_WITHOUT_COMMA,
                at -> FINITE_WORD.matcher(text).region(start, at).find());
        Matcher m = CLAUSE_TAIL.matcher(text).region(start, end);
        while (m.find()) {
            // a comma or full stop inside a quote the clause opened is the quote's, not the clause's end
            if (QuoteBalance.openAt(text, start, m.start()) || gerundSubject(text, start, m)
                    || contrastWithoutReport(text, m, end) || insertedBetweenDashes(text, m, end)
                    || closingRelative(text, start, m, end) || concessionInSubject(text, start, m, end)) {
                continue;
            }
            int resumed = afterInsertedRelative(text, m, end);
            if (resumed < 0) {
                return m.start();
            }
            m.region(resumed, end);
        }
        return end;
    }

    /**
     * {@code said Trump, despite his wealth, is better placed}: a concession set off by commas between the clause's
     * subject and its verb is inside the clause (after a finished clause it is the writer's, and ends it).
     */
    private static boolean concessionInSubject(String text, int start, Matcher tail, int end) {
        return !FINITE_WORD.matcher(text).region(start, tail.start()).find()
                && AnchoredScan.at(INSERTED_THEN_VERB, text, tail.start()).filter(r -> r.end() <= end)
                .filter(r -> CLAUSE_AUXILIARIES.contains(r.group(1))).isPresent();
    }

    private static final Pattern INSERTED_THEN_VERB = Pattern.compile(",\\s+(?:though|although|despite) [^,.;:\"“”()]{1,70}, "
            + "(\\p{Ll}+)\\b");

    /** {@code frogs — meaning they … — tended to}: a participle between two dashes is inserted, the clause goes on. */
    private static boolean insertedBetweenDashes(String text, Matcher tail, int end) {
        String t = tail.group().strip();
        if (t.isEmpty() || "—–".indexOf(t.charAt(0)) < 0) {
            return false;
        }
        for (int i = tail.end(); i < end; i++) {
            if (text.charAt(i) == t.charAt(0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code while prices rose}, {@code , but costs fell}: a contrast inside the clause, unless another speaker's verb
     * follows soon ({@code , but news broadcaster NRK later reported …}).
     */
    private static boolean contrastWithoutReport(String text, Matcher tail, int end) {
        String t = tail.group();
        return (t.contains("while") || t.contains("whereas") || t.contains("but"))
                && !hasSpeechVerb(text, tail.end(), Math.min(end, tail.end() + CONTRAST_REACH));
    }

    private static final int CONTRAST_REACH = 80;

    /**
     * {@code that from June 15, wearing a mask would become compulsory}: a gerund after an opening adverbial
     * phrase (the clause's first comma) is the clause's subject, not a participle the writer adds.
     */
    private static boolean gerundSubject(String text, int start, Matcher tail) {
        if (text.charAt(tail.start()) != ',' || text.indexOf(',', start) != tail.start()) {
            return false;
        }
        String afterComma = text.substring(tail.start() + 1, tail.end()).strip();
        return afterComma.endsWith("ing") && !afterComma.contains(" ")
                && OPENING_ADVERBIAL.contains(TextScan.firstWord(text.substring(start, tail.start())).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> OPENING_ADVERBIAL = Set.of("from", "on", "in", "at", "after", "before", "since",
            "until", "by", "during", "starting", "beginning", "as", "under", "for");

    /**
     * {@code certain wavelengths, which are absorbed by water, weakened when …}: a relative clause set off by commas
     * inside the reported clause, its verb after the second comma; where the clause resumes, else -1.
     */
    /**
     * {@code said the coating repels bacteria, which has implications for …}: a short relative clause that runs to
     * the sentence's end after a plain clause (no other comma, dash or mark in either) belongs to what was said.
     */
    private static boolean closingRelative(String text, int start, Matcher tail, int end) {
        if (!text.startsWith(", which ", tail.start())) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (",;:\"“”(—–".indexOf(text.charAt(i)) >= 0 && i != tail.start()) {
                return false; // one plain clause, then the relative
            }
        }
        // "which has implications", "which constitutes": the present of the report; "which upset the council": the writer's
        String verb = TextScan.firstWord(text.substring(tail.end(), end).strip());
        boolean present = PRESENT_AUXILIARIES.contains(verb) || verb.length() > 3 && verb.endsWith("s") && !verb.endsWith("ss");
        return present && end - tail.end() <= CLOSING_RELATIVE_REACH;
    }

    private static final Set<String> PRESENT_AUXILIARIES = Set.of("is", "are", "has", "have", "can", "may", "will");

    private static final int CLOSING_RELATIVE_REACH = 100;

    private static int afterInsertedRelative(String text, Matcher tail, int end) {
        if (!text.startsWith(", which ", tail.start())) {
            return -1;
        }
        int close = tail.end();
        while (close < end && text.charAt(close) != ',' && text.charAt(close) != ';') {
            close++;
        }
        if (close >= end || text.charAt(close) != ',') {
            return -1;
        }
        Optional<MatchResult> next = AnchoredScan.at(LOWER_WORD, text, close + 1);
        String w = next.map(r -> r.group().strip()).orElse("");
        boolean finite = w.length() > 3 && w.endsWith("ed") || FINITE_VERBS.contains(w);
        return finite ? close + 1 : -1;
    }

    /** Finite verbs that resume a clause after an inserted relative clause. */
    private static final Set<String> FINITE_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "does", "did", "remains", "remained");

    /**
     * {@code said the situation had "a lot of confusion. [...] He was trying."}: a sentence that ends inside a
     * quote the clause opened runs on to the quote's closing mark (in the same paragraph); else {@code end}.
     */
    private static int closingMarkAfter(String text, int start, int end) {
        if (end <= start || !QuoteBalance.openAt(text, start, end)) {
            return end;
        }
        return QuoteBalance.closingMark(text, end, QUOTE_REACH).orElse(end);
    }

    private static final int QUOTE_REACH = 1000;

    /** {@code In the end, she testified, the door was locked.}: an attribution between commas reports the rest. */
    private static Optional<TextRange> parentheticalAfter(String text, int attributionStart, int attributionEnd) {
        if (charAt(text, attributionEnd) != ',' || charBefore(text, attributionStart) != ','
                || Sentences.startOf(text, attributionStart) > TextScan.skipSpacesBack(text, attributionStart) - 1) {
            return Optional.empty();
        }
        int start = attributionEnd + 1;
        Optional<MatchResult> first = AnchoredScan.at(LOWER_WORD, text, start);
        String word = first.map(m -> m.group().strip()).orElse("");
        if (SpeechVocabulary.SUBJECT_CUES.contains(word) || word.endsWith("ing")) {
            // "…, Zapata said, adding it was hard": the participle reports its own clause; "citing …": the source's
            return Optional.empty();
        }
        if (word.equals("and") || word.equals("but") || word.equals("that")) {
            start = first.get().end(); // "…, Maróth said, and paying back the loan seems realistic"; ", experts noted, that …"
        }
        return clause(text, start, clauseEnd(text, start));
    }

    /**
     * {@code Strong winds made it hard, Zapata said, adding …}: the clause that opens the sentence (or follows a
     * semicolon) before an {@code X said} set off by commas is reported too. Not an introductory phrase
     * ({@code In a statement, she said, …}) and not when the clause holds a comma of its own.
     */
    static Optional<TextRange> parentheticalBefore(String text, Attribution a) {
        String cue = a.cue().of(text);
        if (!a.speakerFirst() || SpeechVocabulary.SUBJECT_CUES.contains(cue) || charAt(text, a.end()) != ','
                || charBefore(text, a.speaker().start()) != ',') {
            return Optional.empty();
        }
        int comma = TextScan.skipSpacesBack(text, a.speaker().start()) - 1;
        int sentenceStart = Sentences.startOf(text, comma);
        int start = comma;
        // a semicolon or a dash opens the clause the attribution interrupts
        while (start > sentenceStart && text.charAt(start - 1) != ';' && text.charAt(start - 1) != '—'
                && text.charAt(start - 1) != '–') {
            if (text.charAt(start - 1) == ',' || text.charAt(start - 1) == '\n') {
                return Optional.empty();
            }
            start--;
        }
        while (start < comma && text.charAt(start) == ' ') {
            start++;
        }
        int wordEnd = start;
        while (wordEnd < comma && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String first = text.substring(start, wordEnd);
        if (RELATIVE_WORDS.contains(TextScan.previousWord(text, comma)) || comma < 1 || QUOTE_MARKS.indexOf(text.charAt(comma - 1)) >= 0 || first.endsWith("ing")
                || NOT_REPORTED_OPENERS.contains(first.toLowerCase(Locale.ROOT)) || INTRODUCTORY.contains(first)
                || SpeechVocabulary.NOT_NAMES.contains(first)) {
            return Optional.empty();
        }
        int from = start;
        return clause(text, from, comma).or(() -> interruptedSubject(text, a, from, comma));
    }

    /**
     * {@code The plan, he said, was flawed}: when the attribution's own report goes on right after it, the two words
     * before it are the first part of one interrupted clause (too short to be a clause on their own).
     */
    private static Optional<TextRange> interruptedSubject(String text, Attribution a, int start, int comma) {
        boolean continues = a.content().filter(c -> c.start() > a.end() && text.substring(a.end(), c.start()).strip()
                .equals(",")).isPresent();
        TextRange r = new TextRange(start, comma).trimmedIn(text);
        return continues && r.length() >= 5 && r.of(text).split(" ").length >= 2 ? Optional.of(r) : Optional.empty();
    }

    /** {@code fighters which, the statement said, nations refused}: the clause before is a relative clause's head. */
    private static final Set<String> RELATIVE_WORDS = Set.of("which", "that", "who", "whom", "whose", "where", "when");

    /** First words of an adverbial phrase, not of a reported clause: {@code As a result, he said, …}. */
    private static final Set<String> NOT_REPORTED_OPENERS = Set.of("to", "of", "in", "on", "at", "for", "with", "by",
            "from", "as", "after", "before", "during", "since", "while", "when", "if", "because", "but", "and", "so",
            "though", "although", "however", "according", "unlike", "like", "despite", "speaking", "asked",
            "unless", "until", "once", "instead", "still", "yet", "also", "then", "now", "here", "there", "thus");

    /**
     * {@code CLAUSE, X said.} — only when the attribution closes the sentence (or a phrase of where or how it was said,
     * or a gloss after a dash, follows it) and no quote mark precedes; with {@code commaAfter}, also before a comma
     * ({@code …, reported officials, with 25 others injured}).
     */
    private Optional<TextRange> reportedBefore(String text, int attributionStart, int attributionEnd, boolean commaAfter) {
        int comma = TextScan.skipSpacesBack(text, attributionStart) - 1;
        int closedQuote = comma >= 1 && "\"”".indexOf(text.charAt(comma)) >= 0 && text.charAt(comma - 1) == ','
                ? partialQuoteClosingClause(text, comma) : -1;
        if (closedQuote >= 0) {
            comma++; // the clause takes its closing mark: Interpol's constitution prohibits "any intervention,"
        } else if (comma < 0 || text.charAt(comma) != ',' || QUOTE_MARKS.indexOf(charBefore(text, comma)) >= 0
                && closedPartialQuoteBefore(text, comma) < 0) { // "Talks were "productive", the ministry said."
            return Optional.empty();
        }
        char after = charAt(text, attributionEnd);
        if (after != '.' && after != '\n' && attributionEnd < text.length() && !(commaAfter && after == ',')
                && !trailingAdjunct(text, attributionEnd)
                && !(after == ',' && participleFollows(text, attributionEnd + 1))
                && AnchoredScan.at(TRAILING_GLOSS, text, attributionEnd).isEmpty()) {
            return Optional.empty(); // "…, officials told state media, adding that …" goes on with the same speaker's words
        }
        return clause(text, Sentences.startOf(text, comma - (closedQuote >= 0 ? 1 : 0)), comma);
    }

    /**
     * Where the clause starts when the text right before {@code pos} (spaces aside) is the closing mark of a partial
     * quote that ends a clause ({@code The vote was "rigged,"}), else -1.
     */
    private static int closedPartialQuoteBefore(String text, int pos) {
        int close = TextScan.skipSpacesBack(text, pos) - 1;
        int start = close >= 1 && "\"”".indexOf(text.charAt(close)) >= 0 ? partialQuoteClosingClause(text, close) : -1;
        if (start < 0) {
            return -1;
        }
        int open = openingMarkBefore(text, close, start);
        if (NAMING_BEFORE_MARK.contains(TextScan.previousWord(text, open).toLowerCase(Locale.ROOT))) {
            return -1; // "Protesters used the slogan "Make the World Greta Again", Time reported.": a name in marks
        }
        // "Blankenship concurred: "We need …", he argued.": a colon opens a direct quote; "Pelosi called Trump's conduct a
        // "breach …," according to NBC.": the clause has a speaker of its own
        return text.substring(start, close).indexOf(':') < 0 && LOWER_WORD.matcher(text).region(start, close).results()
                .map(w -> w.group().strip())
                .noneMatch(w -> SpeechVocabulary.BARE_CLAUSE_VERBS.contains(w) || SpeechVocabulary.QUOTE_VERBS.contains(w)
                        || SpeechVocabulary.NAMING_VERBS.contains(w)) ? start : -1;
    }

    /** The nearest opening mark before {@code close} and after {@code from}, else -1. */
    private static int openingMarkBefore(String text, int close, int from) {
        for (int i = close - 1; i > from; i--) {
            if ("\"“".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Nouns and participles that make the words in marks after them a name: {@code the slogan "…"}. */
    private static final Set<String> NAMING_BEFORE_MARK = Set.of("slogan", "term", "hashtag", "motto", "title", "entitled",
            "titled", "called", "named", "dubbed", "word", "words", "phrase", "nickname", "banner", "sign", "signs", "song",
            "album", "book", "film", "show", "programme", "program", "series");

    /**
     * {@code Interpol's constitution prohibits "any intervention …," an Interpol spokesperson stated.}: where the clause
     * starts when the quote whose closing mark is at {@code close} opens after a few words of the sentence (a subject and
     * its verb) and no other mark stands before it; else -1, and a sentence opened by the mark is a direct quote.
     */
    private static int partialQuoteClosingClause(String text, int close) {
        int sentenceStart = Sentences.startOf(text, close);
        int open = openingMarkBefore(text, close, sentenceStart);
        if (open < 0) {
            return -1;
        }
        String before = text.substring(sentenceStart, open).strip();
        boolean plain = before.chars().noneMatch(c -> "\"“”«»„".indexOf(c) >= 0 || c == ',' || c == '\n');
        return plain && before.split(" ").length >= 2 ? sentenceStart : -1;
    }

    /**
     * {@code …, officials told state media, adding that …}, {@code …, Cruz explained, recalling the time}: a participle
     * after the attribution's comma goes on about the speaker, so the clause before was the report.
     */
    private static boolean participleFollows(String text, int from) {
        String word = TextScan.firstWord(text.substring(from, Math.min(text.length(), from + PARTICIPLE_REACH)).strip());
        return SpeechVocabulary.SUBJECT_CUES.contains(word)
                || word.length() > 5 && word.endsWith("ing") && Character.isLowerCase(word.charAt(0));
    }

    /**
     * {@code , in an interview with the newspaper.}, {@code , speaking on condition of anonymity.}: after the
     * attribution's comma, a phrase of where or how it was said that ends the sentence, and holds no clause.
     */
    private static boolean trailingAdjunct(String text, int from) {
        return AnchoredScan.at(TRAILING_ADJUNCT, text, from).isPresent();
    }

    /**
     * {@code …, the Budget Office reported on Tuesday -- a development that …}, {@code …, Raddatz said in posing the
     * question}: the writer's gloss after a dash, or how the speaker spoke, after the attribution.
     */
    private static final Pattern TRAILING_GLOSS = Pattern.compile("\\s+(?:(?:--|—|–)\\s+(?:a|an)\\s+\\p{Ll}+\\s+"
            + "(?:that|which)\\b|(?:in|while|when|after|before) \\p{Ll}{3,}ing\\b)");

    private static final Pattern TRAILING_ADJUNCT = Pattern.compile(",\\s+(?:in|on|at|during|after|before|with|without|via|over"
            + "|through|speaking|asking|declining|requesting|who (?:asked|requested|declined|spoke))\\b"
            + "(?:[^.;:!?\"“”,\n]|\\.(?=\\S)|(?<=\\p{Lu})\\.){1,90}?(?:\\.|$)(?!\\S)");

    /**
     * {@code …, Boccaletti told Wikinews.}, {@code …, the president told her.}, {@code …, police told reporters.}: where a
     * listener verb's attribution ends, its listener included.
     */
    private static int afterListener(String text, String verb, int end) {
        if (!SpeechVocabulary.LISTENER_VERBS.contains(verb)) {
            return end;
        }
        int listenerEnd = SpeakerPhrases.after(text, end).map(TextRange::end)
                .or(() -> AnchoredScan.at(BARE_LISTENER, text, end).map(MatchResult::end)).orElse(end);
        return listenerEnd == end ? end : skipAdjuncts(text, listenerEnd);
    }

    /** A listener without a determiner: an object pronoun, {@code police}, or a plural ({@code reporters}). */
    private static final Pattern BARE_LISTENER = Pattern.compile(" (?:him|her|them|us|me|police|\\p{Ll}{3,}s)(?=[.,]|$)");

    /**
     * {@code said "three terrorists" were killed}, {@code said "the evidence is clear" and the minister must resign}: a
     * partial quote that opens the clause, the clause going on after its closing mark with a verb or {@code and}. A
     * quoted sentence (its last word followed by a full stop or comma inside the marks) is a direct quote instead.
     */
    private static boolean partialQuoteThenClause(String text, int at) {
        if ("\"“".indexOf(text.charAt(at)) < 0) {
            return false;
        }
        Optional<Integer> close = QuoteBalance.closingMark(text, at + 1, QUOTED_SUBJECT_REACH);
        return close.isPresent() && close.get() > at + 1 && ".!?,;:".indexOf(text.charAt(close.get() - 1)) < 0
                && AnchoredScan.at(VERB_AFTER_QUOTED_SUBJECT, text, close.get() + 1).isPresent();
    }

    private static final int QUOTED_SUBJECT_REACH = 150;
    private static final Pattern VERB_AFTER_QUOTED_SUBJECT = Pattern.compile(" (?:is|are|was|were|has|have|had|will|would"
            + "|could|should|may|might|must|can|remains?|\\p{Ll}{3,}ed"
            + "|and (?:the|a|an|his|her|its|their|this|these|those|he|she|they|it|we|\\p{Lu}\\p{L}*) \\p{L}+)\\b");

    private static Optional<TextRange> clause(String text, int start, int end) {
        if (start >= end) {
            return Optional.empty();
        }
        int e = end;
        if (e >= start + 2 && e < text.length() && text.startsWith("[.]", e - 2)) {
            e++; // an editor's full stop in brackets: …lived as a commoner[.]"
        }
        int marks = e;
        while (marks < text.length() && "\"”’»«›‹".indexOf(text.charAt(marks)) >= 0) {
            marks++;
        }
        if (marks > e && e > start && (".!?".indexOf(text.charAt(e - 1)) >= 0 || text.startsWith(".]", e - 2))) {
            TextRange r = new TextRange(start, marks).trimmedIn(text);
            return Optional.of(r).filter(x -> x.length() >= 8 && (QUOTE_MARKS.indexOf(text.charAt(x.start())) < 0
                    || partialQuoteThenClause(text, x.start())));
        }
        // and the "[" of an elision "[...]" that the clause stops at
        while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:[".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        TextRange r = new TextRange(start, e).trimmedIn(text);
        String s = r.of(text);
        boolean wholeQuote = !s.isEmpty() && QUOTE_MARKS.indexOf(s.charAt(0)) >= 0 && !partialQuoteThenClause(text, r.start());
        // "found him to be positive": an object pronoun opens no clause
        boolean objectFirst = OBJECT_PRONOUNS.contains(TextScan.firstWord(s))
                || NAME_AS.matcher(s).lookingAt(); // "announced Ann Lee as his choice": an object and its role
        return r.length() < 8 || wholeQuote || objectFirst || s.split(" ").length < 3 ? Optional.empty() : Optional.of(r);
    }

    /** {@code , citing anonymous sources,} between a subject and its verb: the cited source is the speaker. */
    private static final Pattern CITING = Pattern.compile(",\\s+citing\\s+([^,;:\"“]{3,80}?),\\s*");

    private static TextRange citedSource(String text, TextRange speaker, int verbStart) {
        int citing = text.indexOf(CITING_WORD, speaker.start());
        if (citing > speaker.start() && citing + CITING_WORD.length() < speaker.end()) {
            // "The newspaper, citing Reuters, said": the phrase took the cited name in as if it were an apposition
            TextRange cited = new TextRange(citing + CITING_WORD.length(), speaker.end());
            return isSource(cited.of(text)) ? cited : new TextRange(speaker.start(), citing);
        }
        if (speaker.end() >= verbStart) {
            return speaker;
        }
        Matcher m = CITING.matcher(text).region(speaker.end(), verbStart);
        return m.matches() && isSource(m.group(1)) ? new TextRange(m.start(1), m.end(1)) : speaker;
    }

    private static final String CITING_WORD = ", citing ";

    /** Nouns of people and documents that can be cited as the source of words. */
    private static final Set<String> SOURCE_NOUNS = Set.of("sources", "source", "officials", "official", "spokesperson",
            "spokesman", "spokeswoman", "police", "witnesses", "witness", "report", "reports", "statement", "data",
            "figures", "documents", "survey", "study", "people", "residents", "experts", "analysts", "diplomats",
            "authorities", "investigators", "prosecutors", "media", "agency", "ministry", "elders", "doctors", "aides");

    /**
     * {@code citing anonymous sources}, {@code citing the Interior Ministry}: someone or something that speaks;
     * not {@code citing security concerns}, the reason for what the subject says.
     */
    private static boolean isSource(String cited) {
        for (String word : cited.split("\\s+")) {
            if (TextScan.startsUpper(word) || SOURCE_NOUNS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Conjunctions of a condition, whose speech verb reports nothing that was said. */
    private static final Set<String> HYPOTHETICAL = Set.of("if", "unless");

    private static final Pattern NAME_AS = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3} as ");

    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "me", "us", "whom");

    static int skipAdjuncts(String text, int from) {
        int p = from;
        Optional<MatchResult> m = AnchoredScan.at(SpeechVocabulary.VERB_ADJUNCT, text, p);
        while (p < text.length() && m.isPresent() && m.get().end() > p) {
            p = m.get().end();
            m = AnchoredScan.at(SpeechVocabulary.VERB_ADJUNCT, text, p);
        }
        return p;
    }

    private static int skipBracket(String text, int p) {
        if (text.startsWith(" (", p)) {
            int close = text.indexOf(')', p);
            if (close > 0 && close - p < 40) {
                return close + 1;
            }
        }
        return p;
    }

    private static char charBefore(String text, int pos) {
        int p = TextScan.skipSpacesBack(text, pos);
        return p > 0 ? text.charAt(p - 1) : '\n';
    }

    private static char charAt(String text, int pos) {
        return pos < text.length() ? text.charAt(pos) : '\n';
    }
}
