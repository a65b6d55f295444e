package org.newsmark.suggest;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Words of attribution: speech verbs, role nouns of speaker phrases, and phrases that stay out of quotes. */
final class SpeechVocabulary {

    private SpeechVocabulary() {
    }

    /**
     * Verbs of findings, which studies, teams and agencies report ({@code the researchers found that …}); they
     * need {@code that} or a clause after them, and report nothing nested inside a direct quote.
     */
    static final Set<String> FINDING_VERBS = Set.of("found", "finds", "find", "showed", "shows", "show", "suggest",
            "suggests", "demonstrated", "demonstrates", "concludes", "conclude", "estimates", "estimate", "reveals",
            "reveal", "warn", "predicts", "predict", "note", "argue", "write", "believe", "discovered", "observed",
            "calculated", "determined", "projected", "forecast", "speculated", "hypothesized", "hypothesised", "shown",
            "reporting");

    /**
     * Verbs that report a clause without {@code that}, whatever follows them: {@code Rutte said NATO is ready},
     * {@code she told reporters the plan}.
     */
    private static final Set<String> PLAIN_CLAUSE_VERBS = Set.of("said", "says", "say", "added", "adds", "stated",
            "states", "explained", "insisted", "wrote", "writes", "tweeted", "continued", "told", "tells",
            "acknowledged", "asserted", "stating", "saying", "adding", "noting", "explaining", "telling", "insisting",
            "insists", "testified", "testifies", "cautioned", "cautions", "informed", "ruled", "rules", "indicate",
            "indicates", "insist", "acknowledge", "explains", "asserts");

    /**
     * Present-tense forms that are also nouns ({@code a UN report concluded}, {@code the show}): verbs only after
     * a plural subject or a pronoun.
     */
    static final Set<String> PLURAL_VERB_FORMS = Set.of("report", "find", "show", "suggest", "conclude", "estimate",
            "reveal", "warn", "predict", "note", "argue", "write", "believe", "reason", "call", "claim");

    /** Subjects without a plural ending that take a plural verb: {@code the data show}. */
    static final Set<String> PLURAL_NOUNS = Set.of("data", "media", "police", "people", "staff", "criteria");

    /** Verbs whose listener stands between them and what they report: {@code told reporters the plan}. */
    static final Set<String> LISTENER_VERBS = Set.of("told", "tells", "informed", "informs");

    /** Verbs of thinking, which report no speech when they stand inside a reported clause. */
    static final Set<String> THINKING_VERBS = Set.of("thinks", "thought", "believes", "believe", "hopes", "hoped");

    /** Verbs that, right before a quote mark, name a term rather than quote a speaker: {@code a process called "…"}. */
    static final Set<String> NAMING_VERBS = Set.of("called", "dubbed", "termed", "labelled", "labeled", "branded",
            "described");

    /** Forms whose speaker is the subject of the sentence, not a phrase right before them. */
    static final Set<String> SUBJECT_CUES = Set.of("stating", "saying", "adding", "noting", "warning", "explaining",
            "telling", "claiming", "insisting", "arguing", "writing", "tweeting", "asking", "declaring", "stressing",
            "ruling");

    /** Adverbs that may stand between a speaker and the verb: {@code He also said}. */
    static final Set<String> ADVERBS = Set.of("also", "then", "later", "previously", "further", "again",
            "subsequently", "reportedly", "earlier", "even", "always", "immediately", "once", "still", "has", "had", "have", "would",
            "will", "since", "however",
            // where the speakers are: {@code Residents there told the press}, {@code officials here said}
            "there", "here");

    /**
     * Verbs that report a clause without {@code that} too, but whose bare object is usually not speech, so that a
     * clause after them needs {@code that}: {@code confirmed that the talks failed}, not {@code confirmed the deal}.
     */
    static final Set<String> NEED_THAT = withFindings("claimed", "claims", "reported", "reports", "report", "confirmed",
            "announced", "predicted", "concluded", "suggested", "admitted", "revealed", "maintained",
            "estimated", "indicated", "alleged", "declared", "hopes", "hoped", "announces", "confirms",
            "claiming", "warning", "arguing", "ruling", "urged", "urges", "specified", "specifies", "conceded", "recalled",
            "commented", "remarked", "replied", "responded", "emphasised", "emphasized", "stressed", "noted",
            "notes", "argued", "argues", "thinks", "thought", "believes", "warned", "warns", "add", "reasoned", "reason",
            // manners of speaking: {@code "…," quipped X}, {@code Martin opines}, {@code she recalls}
            "quipped", "joked", "exclaimed", "opined", "opines", "recalls", "answered", "retorted", "countered",
            "lamented", "complained", "boasted", "mentioned", "shared", "pressed", "interjected", "demanded", "snapped",
            "mused", "scoffed", "fumed", "reiterated", "elaborated", "pleaded",
            // a denial reports the clause it denies: {@code the agency denies the two fires are related}
            "denied", "denies",
            // a promise reports what will happen: {@code the governor has promised each family will be paid}
            "promised", "promises",
            // the plural present: {@code Activists claim safety standards are ignored}, {@code aides allege}
            "claim", "allege",
            // verbs of stating, and present forms of verbs above, that PolNeAR train's "X <verb> that" almost always
            // cues: {@code the ministry clarified that}, {@code Smith concedes that}, {@code the court signaled that}
            "clarified", "clarifies", "concedes", "admits", "acknowledges", "contends", "contended",
            "signaled", "signalled", "reaffirmed", "reaffirms", "affirmed", "affirms", "underscored", "underscores",
            "underlined", "hinted",
            // a post on social media, a disclosure: only with that (see THAT_ONLY)
            "posted", "disclosed", "discloses",
            // a recommendation or proposal reports what should be (see ADVISING_VERBS, PROPOSING_VERBS)
            "recommended", "recommends", "proposed", "proposes",
            // the present of the verbs above: {@code Smith responds}, {@code the minister stresses that}
            "responds", "declares", "alleges", "emphasizes", "emphasises", "stresses", "laments", "boasts",
            "reiterates", "quips", "retorts", "complains", "elaborates", "pleads",
            // phrasal cues (AttributionFinder): {@code made clear that …}, not {@code made clear his opposition}
            "made clear", "made it clear", "makes clear", "makes it clear", "shot back", "fired back", "hit back");

    /**
     * Verbs that report a clause only after {@code that}: {@code posted on X that the agency was …}, not {@code posted a
     * message announcing …} or {@code posted US$2 million bond}; {@code disclosed that …}, not {@code disclosed classified
     * material that …}.
     */
    static final Set<String> THAT_ONLY = Set.of("posted", "disclosed", "discloses");

    /**
     * Verbs of advising, whose object before a {@code to} is whom they advise, not a clause's subject: {@code the Prime
     * Minister recommended the troops withdraw}, not {@code recommended Baker to be his replacement}.
     */
    static final Set<String> ADVISING_VERBS = Set.of("recommended", "recommends");

    /**
     * Verbs of proposing, which report a clause only after {@code that}: {@code the authors proposed that …}, not
     * {@code proposed legislation that would …}.
     */
    static final Set<String> PROPOSING_VERBS = Set.of("proposed", "proposes");

    /** Every verb that reports a clause without {@code that} (one word each; the phrasal cues are not among them). */
    static final Set<String> BARE_CLAUSE_VERBS = Stream.concat(PLAIN_CLAUSE_VERBS.stream(), NEED_THAT.stream())
            .filter(w -> w.indexOf(' ') < 0).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Verbs that may introduce a (partial) direct quote without reporting a clause. */
    static final Set<String> QUOTE_VERBS = Set.of("expressed", "described", "called", "urged", "vowed", "promised",
            "pledged", "asked", "shouted", "wrote", "tweeted", "posted", "cited", "termed", "praised", "criticised",
            "criticized", "condemned", "welcomed", "denied", "labelled", "labeled", "recalled",
            "thanked", "accused", "apologised", "apologized", "characterized", "characterised", "dubbed", "branded",
            "attacked", "slammed", "blasted", "dismissed", "hailed", "mocked", "ridiculed", "reads", "read", "talked", "proposed",
            "elaborated",
            // judging and naming words: {@code denounced the claims as a "…"}, {@code lauded her "…"}
            "denounced", "decried", "derided", "lauded", "touted",
            // the present of describing: {@code the BBC describes as "…"}, {@code describes itself as "…"}
            "describes", "calls", "terms", "labels", "dubs", "brands", "characterizes", "characterises",
            // and after a plural subject: {@code the scientists describe as an "…"}
            "describe", "call", "characterize", "characterise",
            // participles whose speaker is the sentence's subject: {@code …, writing, "…"}
            "writing", "tweeting", "asking", "declaring", "stressing",
            // only after "with" and their speaker: {@code with the union calling it "…"}
            "calling", "describing",
            // the present of the judging verbs: {@code Smith slams the plan as "…"}, {@code she asks "…"}
            "elaborates", "praises", "criticizes", "criticises", "accuses", "slams", "dismisses", "mocks",
            "asks", "vows", "hails", "condemns", "welcomes", "denounces", "lauds",
            // defending and rejecting words before a quote: {@code defended his decision, "…"}, {@code rejected the "…"}
            "defended", "defends", "rejected", "rejects", "questioned", "challenged", "echoed", "echoes",
            "blamed", "blames", "railed",
            // voices raised or lowered before the words: {@code protesters chanted "…"}, {@code she whispered "…"}
            // (not "sang": what is sung in marks is a song's title)
            "chanted", "chant", "chants", "yelled", "yells", "screamed", "screams", "cried", "whispered", "muttered");

    /** Lower-case words that can be part of a speaker phrase: roles, bodies, modifiers. */
    /** Nationalities that name a country's media: {@code told French radio}, {@code Ukrainian television}. */
    static final Set<String> NATIONALITIES = Set.of("Afghan", "Albanian", "Algerian", "American", "Arab", "Argentine",
            "Argentinian", "Armenian", "Australian", "Austrian", "Azerbaijani", "Bahraini", "Bangladeshi", "Belarusian",
            "Belgian", "Bosnian", "Brazilian", "British", "Bulgarian", "Burmese", "Cambodian", "Canadian", "Chilean",
            "Chinese", "Colombian", "Croatian", "Cuban", "Czech", "Danish", "Dutch", "Egyptian", "Emirati", "Estonian",
            "Ethiopian", "Filipino", "Finnish", "French", "Georgian", "German", "Ghanaian", "Greek", "Haitian",
            "Hungarian", "Indian", "Indonesian", "Iranian", "Iraqi", "Irish", "Israeli", "Italian", "Japanese",
            "Jordanian", "Kazakh", "Kenyan", "Korean", "Kurdish", "Kuwaiti", "Latvian", "Lebanese", "Libyan",
            "Lithuanian", "Malaysian", "Mexican", "Mongolian", "Moroccan", "Nepali", "Nigerian", "Norwegian", "Omani",
            "Pakistani", "Palestinian", "Peruvian", "Polish", "Portuguese", "Qatari", "Romanian", "Russian", "Saudi",
            "Scottish", "Serbian", "Slovak", "Somali", "Spanish", "Sudanese", "Swedish", "Swiss", "Syrian", "Taiwanese",
            "Thai", "Tunisian", "Turkish", "Ukrainian", "Venezuelan", "Vietnamese", "Welsh", "Yemeni");

    static final Set<String> ROLE_WORDS = Set.of("president", "minister", "prime", "secretary", "general",
            "spokesperson", "spokesman", "spokeswoman", "chief", "director", "official", "officials", "police",
            "authorities", "agency", "ministry", "government", "head", "leader", "executive", "commissioner",
            "chairman", "chairwoman", "chair", "ceo", "founder", "governor", "mayor", "senator", "representative",
            "ambassador", "foreign", "defence", "defense", "interior", "health", "deputy", "vice", "former", "current",
            "incumbent", "outgoing", "interim",
            // the plural of roles: "White House and Pentagon spokesmen said", "The heads of both firms told"
            "spokesmen", "spokeswomen", "spokespeople", "spokespersons", "leaders", "heads", "chiefs", "directors",
            "ministers", "governors", "mayors", "senators", "ambassadors", "advisers", "advisors",
            "aides", "executives", "diplomats", "negotiators", "commissioners", "judges",
            "acting", "senior", "state", "local", "federal", "national", "media", "company", "companies", "firm",
            "group", "coach", "manager", "captain", "member", "members", "lawyer", "lawyers", "attorney",
            "prosecutor", "prosecutors", "judge", "court", "investigators", "experts", "scientists", "researchers",
            "witnesses", "residents", "organisers", "organizers", "statement", "team", "party", "campaign",
            "office", "department", "service", "services", "wing", "teams", "crews", "rescuers", "responders", "council", "committee", "board", "army", "military", "navy",
            "report", "study", "researcher", "scientist", "doctor", "doctors", "professor", "teacher",
            "student", "students", "fans", "family", "wife", "husband", "son", "daughter", "mother", "father",
            "brother", "sister", "friend", "colleague", "author", "singer", "actor", "player", "players",
            "driver", "pilot", "airline", "operator", "broadcaster", "newspaper", "outlet", "source", "sources",
            "analysts", "analyst", "activist", "activists", "campaigners", "union", "association", "club",
            "organisation", "organization", "representatives", "victims", "victim", "foundation", "institute", "university", "school", "hospital",
            "eyewitness", "eyewitnesses", "witness", "workers", "magazine", "publication", "website",
            // media by their kind: {@code One news site, Znak.com, reported}, {@code the TV channel said}
            "site", "channel", "station", "network", "portal",
            "chairperson", "reports", "accounts", "critics", "critic", "protester", "protesters", "supporters",
            "opponents", "videos", "footage",
            // sources of findings: {@code the survey found}, {@code the authors suggest}
            "paper", "papers", "survey", "surveys", "analysis", "authors", "findings", "results", "data",
            "estimates", "review", "poll", "polls", "studies", "trial", "astronomers", "economists",
            "epidemiologists", "archaeologists", "engineers", "estimate", "calculations", "projections", "figures",
            "statistics", "records", "documents",
            // documents that speak for their authors: {@code according to a memo posted by X}, {@code the lawsuit alleges}
            "memo", "memorandum", "letter", "filing", "advisory", "bulletin", "indictment", "lawsuit", "notice", "decree",
            "release",
            // rulings and descriptions speak for the court or organiser behind them: {@code the court decision said}
            "decision", "ruling", "judgment", "judgement", "description", "tweet", "summary",
            // a body named after its head or its platform: {@code the Trump administration}, {@code a Twitter account}
            "administration", "account",
            // the presiding officer of a parliament: {@code speaker of the parliament Ali Larijani}
            "speaker",
            // titles of clergy, medicine, law enforcement and diplomacy: {@code Vatican archbishop Charles Scicluna}
            "archbishop", "bishop", "priest", "pastor", "surgeon", "nurse", "sheriff", "expert", "diplomat", "envoy",
            "aide", "candidate", "delegate", "delegates",
            // a profession before a name, as the singular of the plurals above: {@code UCL astronomer Angelos Tsiaras}
            "astronomer", "economist", "epidemiologist", "archaeologist", "engineer", "physicist", "biologist",
            "ecologist", "historian", "virologist", "meteorologist", "journalist", "correspondent", "editor",
            // missions abroad speak for their state: {@code the U.S. embassy}
            "embassy", "consulate",
            // kinds of bodies and outlets before their name: {@code according to nonprofit CNA}
            "nonprofit", "non-profit", "charity", "watchdog", "tabloid", "daily",
            // kinds of companies before their name: {@code toilet paper producer Who Gives a Crap}, {@code wrestling
            // promotion World Wonder Ring Stardom}, {@code tech giant Apple}
            "producer", "manufacturer", "maker", "retailer", "supermarket", "developer", "publisher", "distributor",
            "provider", "carrier", "insurer", "promotion", "utility", "giant", "startup",
            // armed bodies: {@code Ukraine's air force said}, {@code security forces reported}
            "force", "forces",
            // ranks and offices of police, forces and assemblies: {@code a fire officer}, {@code lawmakers}
            "officer", "officers", "inspector", "commander", "detective", "superintendent", "sergeant", "constable",
            "lieutenant", "colonel", "chancellor", "premier", "councillor", "councilor", "lawmaker", "lawmakers",
            "legislator", "legislators", "congressman", "congresswoman", "coroner", "owner", "resident",
            "employee", "employees", "staffer", "volunteer", "volunteers", "organiser", "organizer",
            // members of state and city assemblies, and academics: {@code A Republican Assemblywoman, Jill Tolles}
            "assemblywoman", "assemblyman", "assemblymember", "councilwoman", "councilman", "alderman", "scholar",
            "scholars",
            // public bodies that speak through statements: {@code the country's electoral commission said}
            "authority", "commission", "federation", "brigade", "regulator", "tribunal", "parliament", "cabinet",
            "bureau", "secretariat", "observatory", "delegation", "bank",
            // more professions that news names before or after a name: {@code ESPN columnist Ana Ruiz}, {@code Democratic
            // strategist Hank Sheinkopf}, {@code adviser to the minister}
            "columnist", "reporter", "commentator", "writer", "lecturer", "pollster", "physician", "farmer",
            "campaigner", "consultant", "adviser", "advisor", "specialist", "investigator", "firefighter", "paramedic",
            "survivor", "imam", "rabbi");

    /** A role word, also with a prefix joined by a hyphen: {@code co-author}, {@code vice-chair}, {@code ex-minister}. */
    static boolean isRoleWord(String lower) {
        if (lower.endsWith("-elect") || lower.endsWith("-designate")) {
            return isRoleWord(lower.substring(0, lower.lastIndexOf('-'))); // "the mayor-elect", "the minister-designate"
        }
        int hyphen = lower.lastIndexOf('-');
        // "co-founder", "vice-chair"; not "right-wing", a side
        return ROLE_WORDS.contains(lower) || hyphen > 0 && ROLE_WORDS.contains(lower.substring(hyphen + 1))
                && !lower.endsWith("-wing");
    }

    private static Set<String> withFindings(String... verbs) {
        Set<String> all = new java.util.HashSet<>(Set.of(verbs));
        all.addAll(FINDING_VERBS);
        return Set.copyOf(all);
    }

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our");

    /** Capitalised words that begin sentences but are not names. */
    static final Set<String> NOT_NAMES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "Yesterday", "Today", "On", "In", "But", "And", "However", "Also", "Later", "Earlier",
            "Meanwhile", "Then", "When", "While", "After", "Before", "As", "At", "Since", "Speaking", "Previously",
            "Separately", "Additionally", "Furthermore", "Moreover", "He", "She", "They", "It", "We", "I",
            "This", "That", "There", "Instead", "Still", "Now", "Last", "Finally", "According", "So", "If",
            "Although", "Though", "Because", "Both", "Part", "Well", "Yes", "Oh", "Okay", "Having", "Being",
            // sentence adverbs that open a sentence capitalised: "Shortly after the call, Rubio's campaign said"
            "Shortly", "Recently", "Ultimately", "Currently", "Eventually", "Initially", "Notably", "Apparently",
            "Clearly", "Unfortunately", "Fortunately", "Interestingly", "Likewise", "Otherwise", "Overall", "Soon",
            "Afterward", "Afterwards", "Elsewhere", "Nonetheless", "Nevertheless", "Thus", "Indeed", "Other", "Yet",
            // participles opening a sentence: "Asked about his speeches, Huckabee's campaign said"
            "Asked", "Pressed", "Responding", "Reached", "Interviewed",
            // question words, auxiliaries and adverbs that open a sentence: "Why not just say: …", "To say you don't know"
            "Here", "Even", "Why", "What", "Who", "How", "Where", "Wait", "To", "Rather", "Perhaps", "Maybe", "Once",
            "Never", "Not", "Over", "Beyond", "Does", "Did", "Have", "Thanks", "Or", "Nor", "Unless", "Until", "Whether",
            "Ever", "Just", "Right", "Only",
            // spans of time opening a sentence: "Hours later, Trump returned the compliment"
            "Seconds", "Minutes", "Hours", "Days", "Weeks", "Months", "Years", "Decades", "Moments");

    /** Documents and occasions that words are said in: {@code in a statement}, {@code in a post on X}. */
    static final String SPEECH_DOCUMENTS = "(?:statement|post|interview|speech|tweet|message|letter|broadcast|address"
            + "|briefing|press conference|news conference)";

    /** Phrases between a speech verb and what it reports that belong to neither: {@code said Friday}. */
    static final Pattern VERB_ADJUNCT = Pattern.compile(",? ?(?:"
            // first, any short phrase of where or how, when "that" and the start of a subject follow, so that the
            // longest reading wins: {@code announced on its website that it}, {@code said in an interview broadcast on
            // Sunday that}
            + "(?:in|on|at|via|during|through|from|after|before|outside|inside|aboard|beside|near"
            // whom it was said to: {@code explained to reporters that}, {@code stated to the CBC in late June that}
            + "|to(?! (?:be|have|do|make|take|get|go|come|see|say|tell|give|keep|help)\\b))"
            // a town and its state inside it: {@code says at a campaign stop in Toledo, Ohio, that}
            + " (?:[^,.;:!?()\"“”\n]|, (?=\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?, that )"
            // a programme's title in marks: {@code said in an interview with ABC's "This Week" that}
            + "|[\"“][\\p{Lu}\\d][\\p{L}\\d'’&-]*(?: (?:[\\p{Lu}\\d][\\p{L}\\d'’&-]*|of|the|and|a|an|in|on|for|to|&))*[\"”](?= )"
            + "){1,60}?,?(?= that (?:\\p{Lu}|\\d"
            + "|(?:the|a|an|its|his|her|their|our|my|this|these|those|some|many|most|all|no|he|she|it|they|we|i|you|there)\\b"
            // a bare subject and its verb: {@code said at her briefing that tariffs were unjustified}, {@code that aid would}
            + "|[\\p{Ll}-]{3,}(?: [\\p{Ll}-]{3,})? (?:is|are|was|were|has|have|had|will|would|could|can|should|may|might)\\b))"
            // an occasion of a known kind, then the clause's own subject without a "that": {@code said on social media
            // the measure was}, {@code said in a Telegram post the drones were}, {@code said at a rally in Detroit the}
            + "|(?:in|on|at|via|during|over|through) (?:(?:a|an|the|its|his|her|their|our) )?(?:[\\p{L}-]+ ){0,3}?"
            + "(?:(?:" + SPEECH_DOCUMENTS + "|video|conference|rally|meeting|call|hearing|appearance|podcast|livestream|email"
            + "|release)(?: in \\p{Lu}[\\p{L}-]+"
            + "(?: \\p{Lu}[\\p{L}-]+)?)?(?= (?:the|its|his|her|their|this|these|those) \\p{L})"
            // a pronoun after a document could open a relative clause ({@code on the message he felt}), not after a medium
            + "|(?:media|website|account|page|channel|Twitter|Facebook|Telegram|Instagram|TikTok|X|YouTube|Weibo|Bluesky)"
            + "(?= (?:the|its|his|her|their|this|these|those|he|she|it|they|we|there) \\p{L}))"
            + "|(?:on last |on next |on this |on |last |this |next |late |early |late on |early on |earlier |"
            + "later )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
            + "week|month|year|morning|afternoon|evening|night)(?: (?:morning|afternoon|evening|night))?"
            + "|on (?:January|February|March|April|May|June|July|August|September|October|November|December)"
            + " \\d{1,2}(?:, \\d{4})?|in (?:an?|its|their|his|her) (?:(?:financial|court|regulatory|written|joint|official"
            + "|separate|brief|short|later|subsequent|new|recent|latest|annual|quarterly|monthly|weekly|daily|televised"
            + "|detailed|lengthy|January|February|March|April|May|June|July|August|September|October|November|December"
            + "|\\d{4}) )?(?:statement|press release|interview|tweet|video|letter|post|speech"
            + "|news conference|press conference|televised address|address|report|email|message|filing|submission)"
            // {@code in a video posted on Telegram}: where the document appeared belongs to it
            + "(?: (?:(?:posted|published|released|broadcast|shared|uploaded|aired|quoted|cited|carried) )?(?:to|with|on|from|by) (?:[^,.\\\"“]"
            + "|(?<=\\p{Lu})\\.){1,60}?(?=,|(?<!\\p{Lu})\\.(?:\\s|$)| that | the | it | he | she | they ))?"
            + "|on (?:Twitter|Facebook|Instagram|X|television|TV|radio)|at an? (?:press|news) conference"
            // how long the speaker has been saying it: {@code has said for weeks that}
            + "|for (?:(?:several|many|some|the past|the last|two|three|four|five|six) )?(?:days|weeks|months|years|decades)"
            // {@code said during his campaign speech.}: an occasion that runs to the end of the sentence
            // (not over a that, which opens what was said: {@code said at her press conference that …})
            + "|(?:during|at) (?:a|an|his|her|its|their|the) (?:(?! that )[^,.;:\"“”\\n]){1,60}?(?=(?<!\\p{Lu})\\.(?:\\s|$))"
            // where, and how the words came out, to the end of the sentence: {@code said outside the building.},
            // {@code said in a statement obtained by The Buffalo News.}
            + "|(?:outside|inside|aboard|beside|near) (?:a|an|his|her|its|their|the) (?:(?! that )[^,.;:\"“”\\n]){1,60}?"
            + "(?=(?<!\\p{Lu})\\.(?:\\s|$))"
            + "|(?:obtained|posted|published|released|seen|reviewed|shared|first reported) by [^,.;:\"“”\\n]{1,60}?"
            + "(?=(?<!\\p{Lu})\\.(?:\\s|$))"
            + "|via (?:Twitter|Facebook|Instagram|X|email|e-mail|video link|a statement|a spokesperson|the press secretary)"
            // where a finding was published: {@code reported in the journal Science that}, {@code wrote in the paper}
            + "|in (?:the |a |an |their |its |his |her )?(?:journal|paper|study|article|findings|research)"
            + "(?: [A-Z][\\p{L}-]*(?: [A-Z][\\p{L}-]*){0,3})?"
            + "|in (?:the )?[A-Z][\\p{L}-]*(?: [A-Z][\\p{L}-]*){0,3}(?= that )"
            // an adverb set off by commas: {@code he said, however, that …}
            + "|(?<=, )(?:however|though|nevertheless|moreover|too|instead),"
            // {@code claimed without evidence that …}: how the claim was made
            + "|without (?:providing |offering |citing |giving )?(?:any )?(?:evidence|proof)"
            + "|earlier|later|also|again|previously|then|publicly|privately|repeatedly|openly|separately|recently"
            + "|in (?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December))(?= |,|\\.)");
}
