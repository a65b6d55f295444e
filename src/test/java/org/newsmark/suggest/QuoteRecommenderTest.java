package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteRecommenderTest {

    private final QuoteRecommender quotes = new QuoteRecommender();

    @ParameterizedTest
    @ValueSource(strings = {
            "\"We are ready to act now,\" Yoon said.",
            "“We are ready to act now,” Yoon said.",
            "‘We are ready to act now,’ Yoon said.",
            "'We are ready to act now,' Yoon said.",
            "« We are ready to act now, » Yoon said.",
            "„We are ready to act now,“ Yoon said.",
            "「We are ready to act now,」 Yoon said.",
            // twentieth round (PolNeAR): a straight and a curly mark paired, as pasted copy mixes them
            "\"We are ready to act now,” Yoon said.",
            "“We are ready to act now,\" Yoon said.",
            // twenty-eighth round: the guidelines' marks as German, Danish, Swiss and Swedish papers set them
            "»We are ready to act now,« Yoon said.",
            "‹We are ready to act now,› Yoon said.",
            "›We are ready to act now,‹ Yoon said.",
            "‚We are ready to act now,‘ Yoon said.",
            "”We are ready to act now,” Yoon said.",
    })
    void takesTheTextInsideEveryStyleOfMarks(String text) {
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE)).containsExactly("We are ready to act now,");
    }

    /** Marks that close one style open another only where an opening mark stands: after a space, before a word. */
    @Test
    void aClosingMarkOpensAQuoteOnlyBeforeAWord() {
        assertThat(Fixtures.texts(quotes, "« We are ready to act now, » Yoon said, « and we will. »", Labels.QUOTE))
                .containsExactly("We are ready to act now,", "and we will.");
        assertThat(Fixtures.texts(quotes, "The boards are 5” and 6” wide, and the frame is oak.", Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "Er sagte: »Wir sind bereit.« Dann ging er. »Morgen kommen wir alle zurück«, sagte er.", Labels.QUOTE))
                .containsExactly("Wir sind bereit.", "Morgen kommen wir alle zurück");
    }

    @Test
    void wordsInSingleMarksThatASpeechVerbIntroducesInsideAQuoteAreANestedQuote() {
        String text = "Smith wrote: \"I offered to resign and the chairman said, 'Let's talk about it tomorrow.' \"";
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE)).containsExactly(
                "I offered to resign and the chairman said, 'Let's talk about it tomorrow.'", "Let's talk about it tomorrow.");
        assertThat(Fixtures.texts(quotes, "\"The 'Big Apple' is great,\" she said.", Labels.QUOTE))
                .containsExactly("The 'Big Apple' is great,");
    }

    /** Eighteenth round: a term in the same straight marks inside a straight-quoted passage does not end it. */
    @Test
    void aTermInStraightMarksInsideAStraightQuoteDoesNotEndIt() {
        String text = "He wrote on Twitter. \"The statement shows no understanding. The \"United States\" is not holding any "
                + "detainees. They are all held by the SDF.\" He later wrote more.";
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE)).containsExactly(
                "The statement shows no understanding. The \"United States\" is not holding any detainees. They are all held by the SDF.");
        // two quotes in a row stay two: the first closes before a comma, not before a word
        assertThat(Fixtures.texts(quotes, "\"We won,\" said Smith, \"and we will win again.\"", Labels.QUOTE))
                .containsExactly("We won,", "and we will win again.");
    }

    /** Thirty-first round (PolNeAR): a title in apposition after the work it names is no quote. */
    @Test
    void aTitleAfterTheWorkItNamesIsNoQuote() {
        assertThat(Fixtures.texts(quotes, "Congregants pass around copies of his memoir, \"Gifted Hands,\" and watch the film.",
                Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "He wrote in his column, \"The war is over.\"", Labels.QUOTE))
                .containsExactly("The war is over.");
    }

    /**
     * Thirty-first round (PolNeAR): in pasted text that mixes mark styles, a straight mark after a quote's last
     * punctuation closes a curly-opened part when a credit with a speech verb follows and a straight mark opens the
     * next part; a term in straight marks inside a curly quote still does not end it.
     */
    @Test
    void aStraightMarkBeforeTheCreditClosesACurlyOpenedQuoteInMixedMarks() {
        assertThat(Fixtures.texts(quotes, "“I heard parts of his speech,\" Trump said. \"He wants to give away our country.”",
                Labels.QUOTE)).containsExactly("I heard parts of his speech,", "He wants to give away our country.");
        assertThat(Fixtures.texts(quotes, "“He called it \"fake news,\" and then he left the room,” she said.", Labels.QUOTE))
                .containsExactly("He called it \"fake news,\" and then he left the room,");
        assertThat(Fixtures.texts(quotes, "“The options were \"A,\" \"B\" and \"C\" at the time,” she said.", Labels.QUOTE))
                .containsExactly("The options were \"A,\" \"B\" and \"C\" at the time,");
    }

    /**
     * Twenty-eighth round: a few words quoted in a sentence that reports someone (a speech verb, {@code reportedly})
     * are a partial quote even where no speaker is found; a writer's scare quotes, terms and glossed words are not.
     */
    @Test
    void aShortPartialQuoteInAReportingSentenceIsAQuoteWithoutASpeaker() {
        assertThat(Fixtures.texts(quotes, "The cause of the fire was reportedly \"faulty wiring.\" Nobody was hurt.", Labels.QUOTE))
                .containsExactly("faulty wiring.");
        assertThat(Fixtures.texts(quotes, "Nobody was hurt, and the damage was described in the statement as \"minor\".",
                Labels.QUOTE)).containsExactly("minor");
        // no report in the sentence: the writer's own scare quotes
        assertThat(Fixtures.texts(quotes, "Many stalls offered \"furry\" versions of toys.", Labels.QUOTE)).isEmpty();
        // a reporting sentence, but a term: named by the noun after it, listed after another term, glossed in brackets
        assertThat(Fixtures.texts(quotes, "The campaign pushed the \"defund\" slogan in a statement.", Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "The statement used the terms \"civil union\" and \"domestic partnership\" throughout.",
                Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "In the report, her \"kuffar\" (non-believer) parents were blamed.",
                Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "They used to call it \"forbidden pairing\" back then.", Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "Smith, reportedly nicknamed the \"king of coal\", ran the firm.", Labels.QUOTE)).isEmpty();
    }

    /** Twenty-eighth round: where the words were said, and where they were published, end the attribution. */
    @Test
    void aPlaceOrPublisherAfterTheVerbIsNoReportedClause() {
        assertThat(Fixtures.texts(quotes, "\"We will win,\" he said outside the building.", Labels.QUOTE))
                .containsExactly("We will win,");
        assertThat(Fixtures.texts(quotes, "\"We will win,\" Ruiz told reporters outside a restaurant in Milwaukee.",
                Labels.QUOTE)).containsExactly("We will win,");
        assertThat(Fixtures.texts(quotes, "\"We will win,\" Ruiz said in a statement obtained by The Daily Post.",
                Labels.QUOTE)).containsExactly("We will win,");
    }

    /** The second of two quotes joined by {@code and} is what the first is: both someone's words, or both terms. */
    @Test
    void aQuoteAfterAnotherJoinedByAndIsWhatTheFirstIs() {
        assertThat(Fixtures.texts(quotes, "Ana Ruiz called the deal \"null and void\" and \"plainly absurd\".", Labels.QUOTE))
                .containsExactly("null and void", "plainly absurd");
        assertThat(Fixtures.texts(quotes, "The statement used the terms \"civil union\" and \"domestic partnership\" throughout.",
                Labels.QUOTE)).isEmpty();
    }

    @Test
    void aTermTheWordMentionsAndACaseNameAreNoQuotes() {
        assertThat(Fixtures.texts(quotes, "Although the word \"outbreak\" sounds alarming, it only means spread.",
                Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "The court ruled on the case \"Anna Berg vs. Northwind Limited\" today.",
                Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "\"The word is out,\" she said.", Labels.QUOTE)).containsExactly("The word is out,");
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        String text = "Russia's troops don't move, Rutte's aide said. ‘It isn’t over yet for anyone here,’ he added.";
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE)).contains("It isn’t over yet for anyone here,");
    }

    @Test
    void titlesAndAwardsInQuotationMarksAreNoQuotes() {
        String text = "He received the \"Hero of the Soviet Union\", the highest honour. ABC aired a retrospective "
                + "entitled \"A Tribute For a King\" on Sunday. Protesters used the slogan \"Make the World Greta Again\", "
                + "Time reported. \"The Best Is Yet To Come,\" she said.";
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE))
                .containsExactly("Make the World Greta Again", "The Best Is Yet To Come,");
    }

    @Test
    void interruptedQuoteIsTwoSpans() {
        String text = "\"We are ready,\" he said, \"to act whenever it is needed.\"";
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE))
                .containsExactly("We are ready,", "to act whenever it is needed.");
    }

    @Test
    void quoteRunningOverParagraphsGivesOneSpanPerParagraph() {
        String text = "Kim said: \"The first paragraph of the statement goes here.\n\n\"And the second one closes it.\"";
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE))
                .containsExactly("The first paragraph of the statement goes here.", "And the second one closes it.");
    }

    @Test
    void indirectSpeechLeavesOutVerbThatAndTimePhrase() {
        assertThat(Fixtures.texts(quotes, "Rutte said NATO is prepared to cooperate.", Labels.QUOTE))
                .containsExactly("NATO is prepared to cooperate");
        assertThat(Fixtures.texts(quotes, "The agency said Friday that the North has sent troops.", Labels.QUOTE))
                .containsExactly("the North has sent troops");
        assertThat(Fixtures.texts(quotes, "The minister told reporters the border will stay closed.", Labels.QUOTE))
                .containsExactly("the border will stay closed");
        assertThat(Fixtures.texts(quotes, "The talks failed to make progress, according to Yonhap.", Labels.QUOTE))
                .containsExactly("The talks failed to make progress");
    }

    @Test
    void objectsOfSpeechNounsAndVerbsAreNotQuotes() {
        assertThat(Fixtures.texts(quotes, "The group claimed responsibility for the attack.", Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "Rutte expressed hope for closer ties with Seoul.", Labels.QUOTE)).isEmpty();
    }

    @Test
    void shortScareQuotesWithoutSpeakerAreNotProposed() {
        assertThat(Fixtures.texts(quotes, "The so-called \"open race\" rules did not apply.", Labels.QUOTE)).isEmpty();
    }

    @Test
    void clauseWithoutThatAfterAVerbThatUsuallyTakesAnObject() {
        assertThat(Fixtures.texts(quotes, "The mayor maintained the old bridge is safe to cross.", Labels.QUOTE))
                .containsExactly("the old bridge is safe to cross");
        assertThat(Fixtures.texts(quotes, "The union urged the strike be called off.", Labels.QUOTE))
                .containsExactly("the strike be called off");
        assertThat(Fixtures.texts(quotes, "The board announced its new logo for the club.", Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "The coach claimed his side had been robbed.", Labels.QUOTE))
                .containsExactly("his side had been robbed");
    }

    @Test
    void reportedClauseEndsBeforeASemicolonARelativeClauseOrAParticiple() {
        assertThat(Fixtures.texts(quotes, "Vance said the fence was too low; his neighbour disagreed.", Labels.QUOTE))
                .containsExactly("the fence was too low");
        assertThat(Fixtures.texts(quotes, "Vance said the fence must go, which upset the council.", Labels.QUOTE))
                .containsExactly("the fence must go");
        assertThat(Fixtures.texts(quotes, "Vance said the fence had collapsed, blaming the storm.", Labels.QUOTE))
                .containsExactly("the fence had collapsed");
    }

    @Test
    void whatTheReportedEventCausedStaysInTheClause() {
        assertThat(Fixtures.texts(quotes, "Officials said the strike killed five people, injuring 12 others.", Labels.QUOTE))
                .containsExactly("the strike killed five people, injuring 12 others");
        assertThat(Fixtures.texts(quotes, "The WHO said there were 126,000 cases, resulting in 4,600 deaths.", Labels.QUOTE))
                .containsExactly("there were 126,000 cases, resulting in 4,600 deaths");
    }

    @Test
    void theSpeakersNextParticipleEndsTheClauseAfterAnAdverbOrAClosingMark() {
        assertThat(Fixtures.texts(quotes, "Oramah said the currencies \"cost Africa $5 billion,\" further saying, \"It hurts trade.\"",
                Labels.QUOTE)).containsExactly("the currencies \"cost Africa $5 billion,\"", "cost Africa $5 billion,", "It hurts trade.");
        assertThat(Fixtures.texts(quotes, "Vance said the fence had collapsed, later adding that it would be rebuilt.", Labels.QUOTE))
                .containsExactly("the fence had collapsed", "it would be rebuilt");
    }

    @Test
    void whoRelayedTheWordsAndTheWritersWordOnThemStayOutOfTheClause() {
        assertThat(Fixtures.texts(quotes, "The minister said the talks had failed, Reuters reported.", Labels.QUOTE))
                .containsExactly("the talks had failed");
        assertThat(Fixtures.texts(quotes, "He said the vote was rigged, a claim his rivals denied.", Labels.QUOTE))
                .containsExactly("the vote was rigged");
        assertThat(Fixtures.texts(quotes, "He said the vote was fair, but critics said otherwise.", Labels.QUOTE))
                .containsExactly("the vote was fair");
        assertThat(Fixtures.texts(quotes, "Staff said they were working day and night, according to the local paper.", Labels.QUOTE))
                .containsExactly("they were working day and night");
        assertThat(Fixtures.texts(quotes, "They told me that there was a job in the city, and promised me a room.", Labels.QUOTE))
                .containsExactly("there was a job in the city");
    }

    @Test
    void aPartialQuoteMayOpenTheReportedClause() {
        assertThat(Fixtures.texts(quotes, "Its source said \"three terrorists\" were killed on Monday night.", Labels.QUOTE))
                .containsExactly("\"three terrorists\" were killed on Monday night", "three terrorists");
        assertThat(Fixtures.texts(quotes, "Ruiz said \"the evidence is clear\" and the minister must resign.", Labels.QUOTE))
                .containsExactly("\"the evidence is clear\" and the minister must resign", "the evidence is clear");
        // a whole clause in marks, then the subject's next verb: the quote alone
        assertThat(Fixtures.texts(quotes, "The order said \"the outbreak constitutes an emergency\" and said it began in March.",
                Labels.QUOTE)).contains("the outbreak constitutes an emergency")
                .noneMatch(q -> q.startsWith("\"the outbreak"));
    }

    @Test
    void aClauseClosedByAPartialQuoteIsReportedBeforeItsAttribution() {
        assertThat(Fixtures.texts(quotes, "Its constitution prohibits \"any intervention of a political character,\" a spokesperson stated.",
                Labels.QUOTE)).containsExactly("Its constitution prohibits \"any intervention of a political character,\"",
                "any intervention of a political character,");
        assertThat(Fixtures.texts(quotes, "\"We are ready to act,\" the minister said.", Labels.QUOTE))
                .containsExactly("We are ready to act,");
    }

    @Test
    void anAcronymListenerBeforeASubjectWhosePartialQuoteOpensWithItsVerb() {
        assertThat(Fixtures.texts(quotes, "Schumer told MSNBC Cummings \"was a great man,\" while Trump noted his strength on Twitter.", Labels.QUOTE))
                .contains("Cummings \"was a great man,\"");
    }

    @Test
    void aRelativeClauseAfterAccordingToIsAboutTheSourceNotItsReport() {
        assertThat(Fixtures.texts(quotes, "At least 17 people died and 35 were rescued, according to officials, some of whom were hurt.",
                Labels.QUOTE)).containsExactly("At least 17 people died and 35 were rescued");
    }

    @Test
    void anOccasionOfTheSpeechEndsAtTheThatOfWhatWasSaid() {
        assertThat(Fixtures.texts(quotes, "Claudia Sheinbaum said at her daily briefing that the tariffs were unjustified.",
                Labels.QUOTE)).containsExactly("the tariffs were unjustified");
        assertThat(Fixtures.texts(quotes, "Sheinbaum said at her morning press conference that tariffs were unjustified.",
                Labels.QUOTE)).containsExactly("tariffs were unjustified");
        assertThat(Fixtures.texts(quotes, "The minister said during a visit to Kyiv that aid would continue.", Labels.QUOTE))
                .containsExactly("aid would continue");
        assertThat(Fixtures.texts(quotes, "The senator said outside the chamber that the bill would pass.", Labels.QUOTE))
                .containsExactly("the bill would pass");
        assertThat(Fixtures.texts(quotes, "The minister said in an interview broadcast on Sunday that the deal was dead.",
                Labels.QUOTE)).containsExactly("the deal was dead");
        assertThat(Fixtures.texts(quotes, "The chief said late on Tuesday no crews would be sent in.", Labels.QUOTE))
                .containsExactly("no crews would be sent in");
        assertThat(Fixtures.texts(quotes, "The mayor said the roads were closed outside the town hall that day.", Labels.QUOTE))
                .containsExactly("the roads were closed outside the town hall that day");
    }

    @Test
    void aClauseWhoseVerbOpensAPartialQuoteFollowsANamedListener() {
        assertThat(Fixtures.texts(quotes, "Boeing told Wikinews the company \"extends its condolences to the families.\"",
                Labels.QUOTE)).containsExactly("the company \"extends its condolences to the families.\"",
                "extends its condolences to the families.");
    }

    @Test
    void thatFollowedByACommaStillIntroducesTheClause() {
        assertThat(Fixtures.texts(quotes, "The paper reported that, in early May, the mill had closed.", Labels.QUOTE))
                .containsExactly("in early May, the mill had closed");
    }

    @Test
    void conditionalClauseAfterSaid() {
        assertThat(Fixtures.texts(quotes, "Ahmed said if the rain continues, the harvest will fail.", Labels.QUOTE))
                .containsExactly("if the rain continues, the harvest will fail");
    }

    @Test
    void findingsOfStudiesAndTeamsAreReportedClauses() {
        assertThat(Fixtures.texts(quotes, "Scientists estimate that about 40 species have disappeared from the lake.",
                Labels.QUOTE)).containsExactly("about 40 species have disappeared from the lake");
        assertThat(Fixtures.texts(quotes, "According to the reports by the health ministry, there are 142 cases.",
                Labels.QUOTE)).containsExactly("there are 142 cases");
        assertThat(Fixtures.texts(quotes, "The team found a new species of frog in the forest.", Labels.QUOTE)).isEmpty();
    }

    @Test
    void aPassiveReportQuotesWhatItSaysAboutItsSubjectUpToAComma() {
        assertThat(Fixtures.texts(quotes, "The man, reported by The Herald as convicted of fraud and by the Post of theft,"
                + " was held.", Labels.QUOTE)).containsExactly("convicted of fraud");
    }

    @Test
    void anAttributionSetOffByCommasReportsTheClauseBeforeAndAfterIt() {
        assertThat(Fixtures.texts(quotes, "The storm damaged the pier, local police said, and repairs will take weeks.",
                Labels.QUOTE)).containsExactly("The storm damaged the pier", "repairs will take weeks");
        assertThat(Fixtures.texts(quotes, "Heavy rain slowed the climbers, Okafor said, adding the summit was out of reach.",
                Labels.QUOTE)).containsExactly("Heavy rain slowed the climbers", "the summit was out of reach");
        assertThat(Fixtures.texts(quotes, "The fire started, the coastguard described, in the engine room of the ferry.",
                Labels.QUOTE)).containsExactly("The fire started", "in the engine room of the ferry");
        // an introductory phrase or the head of a relative clause is not what the speaker said
        assertThat(Fixtures.texts(quotes, "As a result, the mayor said, the road will stay closed.", Labels.QUOTE))
                .containsExactly("the road will stay closed");
        assertThat(Fixtures.texts(quotes, "The town hired more guards who, the mayor said, were needed at night.", Labels.QUOTE))
                .containsExactly("were needed at night");
    }

    @Test
    void reportedClauseEndsBeforeAConcessionOrAQuoteAfterAColonButNotInsideAPartialQuote() {
        assertThat(Fixtures.texts(quotes, "Police said the parcel was a bomb, though it later proved harmless.", Labels.QUOTE))
                .containsExactly("the parcel was a bomb");
        assertThat(Fixtures.texts(quotes, "Lee told the press the plan had failed: \"We will try again next year.\"",
                Labels.QUOTE)).containsExactly("the plan had failed", "We will try again next year.");
        assertThat(Fixtures.texts(quotes, "Ruiz said the law has \"hurt many families, leaving them poor\" for years.",
                Labels.QUOTE)).containsExactly("the law has \"hurt many families, leaving them poor\" for years",
                "hurt many families, leaving them poor");
        assertThat(Fixtures.texts(quotes, "Ruiz said the day was \"long. Very long. We are tired.\" Then she left.",
                Labels.QUOTE)).containsExactly("the day was \"long. Very long. We are tired.\"", "long. Very long. We are tired.");
    }

    @Test
    void aMediumOrAPlaceAfterTheVerbIsNoReportedClause() {
        assertThat(Fixtures.texts(quotes, "Mora said via Twitter, \"We won. The people have spoken.\"", Labels.QUOTE))
                .containsExactly("We won. The people have spoken.");
        assertThat(Fixtures.texts(quotes, "Mora told the BBC after the vote \"We won. The people have spoken.\"",
                Labels.QUOTE)).containsExactly("We won. The people have spoken.");
    }

    @Test
    void accordingToReportsTheClauseAfterAConjunctionAndAfterAPercentage() {
        assertThat(Fixtures.texts(quotes, "Turnout was 61% according to the election office.", Labels.QUOTE))
                .containsExactly("Turnout was 61%");
        assertThat(Fixtures.texts(quotes, "The club gave no reason, but, according to its coach, the player had been injured.",
                Labels.QUOTE)).containsExactly("the player had been injured");
        assertThat(Fixtures.links(new SpeakerRecommender(), "Per the EU's Emergency Response framework, all ports are to stay open."))
                .containsExactly("all ports are to stay open -> the EU's Emergency Response framework");
    }

    @Test
    void aNamedListenerIsFollowedByAClauseOrNothing() {
        assertThat(Fixtures.texts(quotes, "\"We made it,\" Okafor told French news channel TV5 Monde.", Labels.QUOTE))
                .containsExactly("We made it,");
        assertThat(Fixtures.texts(quotes, "Okafor told AFP the police had arrested two men.", Labels.QUOTE))
                .containsExactly("the police had arrested two men");
    }

    @Test
    void theyReasonIsASpeechVerbOfAPluralSubject() {
        assertThat(Fixtures.texts(quotes, "Cheaper and faster boats, they reason, could cut costs by half.", Labels.QUOTE))
                .containsExactly("Cheaper and faster boats", "could cut costs by half");
    }

    @Test
    void aClauseWithoutThatIsFoundByItsVerbAfterALongerSubject() {
        assertThat(Fixtures.texts(quotes, "Mbeki announced a study of three rival malaria vaccines was halted early.",
                Labels.QUOTE)).containsExactly("a study of three rival malaria vaccines was halted early");
        assertThat(Fixtures.texts(quotes, "The paper noted the sale appeared to break the rules.", Labels.QUOTE))
                .containsExactly("the sale appeared to break the rules");
        assertThat(Fixtures.texts(quotes, "The team reported the paint repels water.", Labels.QUOTE))
                .containsExactly("the paint repels water");
        assertThat(Fixtures.texts(quotes, "The coach admitted the decision to rest him was wrong.", Labels.QUOTE))
                .containsExactly("the decision to rest him was wrong");
        // the verb of a clause inside the object does not make the object a clause
        assertThat(Fixtures.texts(quotes, "The firm announced plans to build a plant that will employ 300.", Labels.QUOTE))
                .isEmpty();
    }

    @Test
    void aGerundAfterAVerbOfReportingIsWhatWasReported() {
        assertThat(Fixtures.texts(quotes, "Okoro described seeing dozens of cars stuck in the flood.", Labels.QUOTE))
                .containsExactly("seeing dozens of cars stuck in the flood");
        assertThat(Fixtures.texts(quotes, "It was a climb Okoro described as being harder than any before.", Labels.QUOTE))
                .containsExactly("being harder than any before");
        assertThat(Fixtures.texts(quotes, "The agency reported being told by officials about the closure.", Labels.QUOTE)).isEmpty();
    }

    @Test
    void coordinatedThatClausesAreOneSpanEach() {
        assertThat(Fixtures.texts(quotes, "The minister said the plan could be \"necessary\" and that she was weighing it.",
                Labels.QUOTE)).containsExactly("the plan could be \"necessary\"", "necessary", "she was weighing it");
        assertThat(Fixtures.texts(quotes, "The team reported that prices rose in May; that wages fell in June; and that rents stayed flat.",
                Labels.QUOTE)).containsExactly("prices rose in May", "wages fell in June", "rents stayed flat");
    }

    @Test
    void aDemonstrativeThatStartsNoSecondReportedClause() {
        assertThat(Fixtures.texts(quotes, "He said prices rose and that worried investors.", Labels.QUOTE))
                .hasSize(1).doesNotContain("worried investors");
        assertThat(Fixtures.texts(quotes, "Smith said the plan had failed; but that was expected by everyone.", Labels.QUOTE))
                .containsExactly("the plan had failed");
        assertThat(Fixtures.texts(quotes, "The mayor said the road would close, and that is bad news for shops.", Labels.QUOTE))
                .hasSize(1).doesNotContain("is bad news for shops");
    }

    @Test
    void theWritersAccountAfterTheClauseStaysOut() {
        assertThat(Fixtures.texts(quotes, "The mayor announced he would close the road, before reopening it the next day.",
                Labels.QUOTE)).containsExactly("he would close the road");
        assertThat(Fixtures.texts(quotes, "The court ruled against the plan, saying the reasons given were weak.",
                Labels.QUOTE)).containsExactly("the reasons given were weak");
    }

    @Test
    void aRelativeClauseInsideTheReportedClauseKeepsItWhole() {
        assertThat(Fixtures.texts(quotes, "They found that the samples, which were taken in May, contained lead.",
                Labels.QUOTE)).containsExactly("the samples, which were taken in May, contained lead");
        assertThat(Fixtures.texts(quotes, "Police said they arrested a man, which was unusual, and left.", Labels.QUOTE))
                .containsExactly("they arrested a man");
    }

    @Test
    void aGerundAfterAnOpeningPhraseIsTheClausesSubject() {
        assertThat(Fixtures.texts(quotes, "The minister announced that from May 1, wearing a helmet would be compulsory.",
                Labels.QUOTE)).containsExactly("from May 1, wearing a helmet would be compulsory");
    }

    @Test
    void aClauseWithAnInsertedLikePhraseIsStillAClause() {
        assertThat(Fixtures.texts(quotes, "The researchers suggested the algae, like the heat, might weaken the coral.",
                Labels.QUOTE)).containsExactly("the algae, like the heat, might weaken the coral");
    }

    @Test
    void aFindingOfTheSpeakersOwnWorkInsideAQuoteIsNotANestedQuote() {
        assertThat(Fixtures.texts(quotes, "Hay added, \"Our work indicates that local action helps the reefs.\"", Labels.QUOTE))
                .containsExactly("Our work indicates that local action helps the reefs.");
    }

    @Test
    void aHashtagInMarksIsNoQuote() {
        assertThat(Fixtures.texts(quotes, "The hashtag \"#we want answers#\" was shared widely.", Labels.QUOTE)).isEmpty();
    }

    @Test
    void aSpeechVerbsFormAfterADeterminerOrMemberIsNoVerb() {
        assertThat(Fixtures.texts(quotes, "Leaders of the member states met in Niamey for the summit on trade.", Labels.QUOTE))
                .isEmpty();
        assertThat(Fixtures.texts(quotes, "One of the stated goals of the pact is to encourage more trade.", Labels.QUOTE))
                .isEmpty();
    }

    @Test
    void aClauseEndsWhereAnotherSpeakersReportBeginsAfterWhile() {
        assertThat(Fixtures.texts(quotes, "The president said the fire was a tragedy while the minister wrote he had "
                + "ordered checks.", Labels.QUOTE)).containsExactly("the fire was a tragedy", "he had ordered checks");
        assertThat(Fixtures.texts(quotes, "The president said prices fell while wages rose in the south.", Labels.QUOTE))
                .containsExactly("prices fell while wages rose in the south");
    }

    @Test
    void aParticipleBetweenTwoDashesIsInsertedInTheClause() {
        assertThat(Fixtures.texts(quotes, "They found that frogs with similar niches — meaning they ate the same food — "
                + "developed similar skulls.", Labels.QUOTE))
                .containsExactly("frogs with similar niches — meaning they ate the same food — developed similar skulls");
    }

    @Test
    void aClauseWithoutThatAfterAVerbThatUsuallyTakesItIsFoundByItsVerb() {
        // a past tense that is no participle, one before an object, a verb in -ed ending the clause or before a particle
        assertThat(Fixtures.texts(quotes, "A spokesperson told the Daily Times the attack took place at night.", Labels.QUOTE))
                .containsExactly("the attack took place at night");
        assertThat(Fixtures.texts(quotes, "He proposed a plan and claimed nobody lost their insurance.", Labels.QUOTE))
                .containsExactly("nobody lost their insurance");
        assertThat(Fixtures.texts(quotes, "Local media reported most of the passengers suffocated.", Labels.QUOTE))
                .containsExactly("most of the passengers suffocated");
        assertThat(Fixtures.texts(quotes, "Forecasters reported the storm dissipated off the coast.", Labels.QUOTE))
                .containsExactly("the storm dissipated off the coast");
        assertThat(Fixtures.texts(quotes, "The survey noted officers seized 126 skins in two years.", Labels.QUOTE))
                .containsExactly("officers seized 126 skins in two years");
        // objects stay objects: a participle after a noun, a verb after "and", a noun in -us
        assertThat(Fixtures.texts(quotes, "The minister urged the embassy to reconsider and spoke with his colleague.",
                Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "That day Malawi confirmed its first coronavirus infections and Zambia had its first death.",
                Labels.QUOTE)).isEmpty();
    }

    @Test
    void aLongSubjectOrOneWithAnInsertedPhraseStillOpensAClause() {
        assertThat(Fixtures.texts(quotes, "The board announced the cockpit voice recorder from Flight 610 of the airline has "
                + "been recovered.", Labels.QUOTE))
                .containsExactly("the cockpit voice recorder from Flight 610 of the airline has been recovered");
        assertThat(Fixtures.texts(quotes, "The federation announced two players, Ana Diaz and her brother Luis, were banned.",
                Labels.QUOTE)).containsExactly("two players, Ana Diaz and her brother Luis, were banned");
        assertThat(Fixtures.texts(quotes, "The government announced the new region, to be called Bangsamoro, would govern itself.",
                Labels.QUOTE)).containsExactly("the new region, to be called Bangsamoro, would govern itself");
        assertThat(Fixtures.texts(quotes, "The manager told Wikinews only 10% of the staff in the division were women.",
                Labels.QUOTE)).containsExactly("only 10% of the staff in the division were women");
        assertThat(Fixtures.texts(quotes, "The firm reported being told off the record all five of the deaths were accidents.",
                Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "The study is yet another warning sign of the harm and damage humans are doing.",
                Labels.QUOTE)).isEmpty();
    }

    @Test
    void aBoundBeforeANumberOpensTheReportedClause() {
        assertThat(Fixtures.texts(quotes, "Reports said at least 116 people died in the earthquake.", Labels.QUOTE))
                .containsExactly("at least 116 people died in the earthquake");
    }

    @Test
    void aCommaAfterTheVerbsTimePhraseDoesNotEndTheReport() {
        assertThat(Fixtures.texts(quotes, "The prime minister noted on Monday, the victims were all unvaccinated.", Labels.QUOTE))
                .containsExactly("the victims were all unvaccinated");
        assertThat(Fixtures.texts(quotes, "As I said earlier, the project has many outputs.", Labels.QUOTE)).isEmpty();
    }

    @Test
    void aReportedClauseMayOpenWithAShortPhraseOfTimeOrPlace() {
        assertThat(Fixtures.texts(quotes, "The researchers also found in 36 states most of the people who died were "
                + "affected by pollution.", Labels.QUOTE))
                .containsExactly("in 36 states most of the people who died were affected by pollution");
        assertThat(Fixtures.texts(quotes, "She said in a speech at the UN the world was failing.", Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "The critic commented on the size of her shoes when she was young.", Labels.QUOTE))
                .isEmpty();
    }

    @Test
    void sinceBetweenTheAuxiliaryAndTheVerbIsSkipped() {
        assertThat(Fixtures.links(new SpeakerRecommender(), "He has since said his confession was forced."))
                .containsExactly("his confession was forced -> He");
    }

    @Test
    void aClauseOpeningWithAsAPhraseAndAPronounIsReported() {
        assertThat(Fixtures.texts(quotes, "In an interview, she said as a teenager she was forced to marry.", Labels.QUOTE))
                .containsExactly("as a teenager she was forced to marry");
    }

    @Test
    void withoutElaboratingAfterTheClauseIsTheWritersNotTheSpeakers() {
        assertThat(Fixtures.texts(quotes, "His daughter said he died in Britain without elaborating.", Labels.QUOTE))
                .containsExactly("he died in Britain");
        assertThat(Fixtures.texts(quotes, "The minister said the law passed without changing the budget.", Labels.QUOTE))
                .containsExactly("the law passed without changing the budget");
    }

    @Test
    void aRelativeClauseEndingThePlainClauseReportedIsPartOfIt() {
        assertThat(Fixtures.texts(quotes, "The team also reported the paint repels water, which keeps the hull clean.", Labels.QUOTE))
                .containsExactly("the paint repels water, which keeps the hull clean");
        // a clause with a comma or dash of its own, or a relative in the past tense (the writer's), keeps the relative out
        assertThat(Fixtures.texts(quotes, "The team said the paint, once dry, repels water, which keeps the hull clean.",
                Labels.QUOTE)).containsExactly("the paint, once dry, repels water");
        assertThat(Fixtures.texts(quotes, "The team said the paint repels water, which surprised the navy.", Labels.QUOTE))
                .containsExactly("the paint repels water");
    }

    @Test
    void theWritersSourceAfterPerStaysOutOfTheReportedClause() {
        assertThat(Fixtures.texts(quotes, "The minister said the bridge must close, per the ministry's own rules.", Labels.QUOTE))
                .containsExactly("the bridge must close");
    }

    @Test
    void andAfterAQuoteClosedWithItsCommaEndsTheReportedClause() {
        assertThat(Fixtures.texts(quotes, "Ann Lee said it is likely \"that the firm moves arms for the army,\" and vowed to act.",
                Labels.QUOTE)).containsExactly("it is likely \"that the firm moves arms for the army,\"", "that the firm moves arms for the army,");
        assertThat(Fixtures.texts(quotes, "Ann Lee said it is likely \"that the firm moves arms,\" and the ban was needed.",
                Labels.QUOTE)).containsExactly("it is likely \"that the firm moves arms,\"", "that the firm moves arms,", "the ban was needed");
    }

    @Test
    void theSubjectsSecondSpeechVerbAfterAndEndsTheClause() {
        assertThat(Fixtures.texts(quotes, "He also noted that the board did not approve the budget, and mentioned a possible appeal.",
                Labels.QUOTE)).containsExactly("the board did not approve the budget");
    }

    @Test
    void aFilingOrAnAdverbBetweenTheVerbAndItsClauseIsSkipped() {
        assertThat(Fixtures.texts(quotes, "Acme said in a financial filing to the U.S. Trade Board that the inquiry started in May.",
                Labels.QUOTE)).containsExactly("the inquiry started in May");
        assertThat(Fixtures.texts(quotes, "The mayor has said publicly the park should be sold.", Labels.QUOTE))
                .containsExactly("the park should be sold");
    }

    @Test
    void aRelativeClauseAfterAClosingMarkIsTheWritersUnlessAQuoteFollows() {
        assertThat(Fixtures.texts(quotes, "The firm said in its filing the part \"is faulty\" which was a problem at another maker before.",
                Labels.QUOTE)).containsExactly("the part \"is faulty\"", "is faulty");
    }

    @Test
    void aConcessionWithDespiteIsTheWritersEvenWithoutAComma() {
        assertThat(Fixtures.texts(quotes, "The mayor asserted he had won the vote despite several recounts showing otherwise.",
                Labels.QUOTE)).containsExactly("he had won the vote");
    }

    @Test
    void aCommaAndAPronounWithAPastVerbEndsTheClause() {
        assertThat(Fixtures.texts(quotes, "The firm said the delay was due to a lack of staff, and he accused the firm of lying.",
                Labels.QUOTE)).containsExactly("the delay was due to a lack of staff");
    }

    @Test
    void aRelativeClauseBetweenCommasInsideTheSubjectKeepsTheClause() {
        assertThat(Fixtures.texts(quotes, "The board announced on Friday the second debate between Ann Lee and Bob Kay, which was "
                + "set for May 5, has been cancelled.", Labels.QUOTE))
                .containsExactly("the second debate between Ann Lee and Bob Kay, which was set for May 5, has been cancelled");
    }

    @Test
    void aWholeSentenceQuotedAfterAndIsItsOwnQuote() {
        assertThat(Fixtures.texts(quotes, "The mayor said she was \"proud\" of the result and \"We will keep working for you.\"",
                Labels.QUOTE)).contains("she was \"proud\" of the result").doesNotContain(
                "she was \"proud\" of the result and \"We will keep working for you.\"");
    }

    @Test
    void aClauseStoppingAtAnElisionLeavesItsBracketOut() {
        assertThat(Fixtures.texts(quotes, "The board said, \"On May 8, the club announced that the final would be played in Leeds "
                + "[...] Since then, plans changed.\"", Labels.QUOTE)).contains("the final would be played in Leeds");
    }

    @Test
    void aTitleCaseNameAfterAnArticleEvenWithANumberIsNoQuote() {
        assertThat(Fixtures.texts(quotes, "In nearby Mill Creek, a \"Lake 9 Summer Camp Festival\" was underway with music.",
                Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "The assembly voted to pass the \"Water Safety Bill 2021\" on Monday.",
                Labels.QUOTE)).isEmpty();
    }

    @Test
    void aNameWithItsRoleAfterAsIsAnObjectNoClause() {
        assertThat(Fixtures.texts(quotes, "Yesterday, Ann Lee, the party leader, announced Bob Kay as her choice for deputy.",
                Labels.QUOTE)).isEmpty();
    }

    @Test
    void aCurlyMarkInsideAStraightQuoteStillNestsAndAStraightMarkAfterACurlyOneStaysOpen() {
        assertThat(Fixtures.texts(quotes, "\"He called it “madness” today,\" Yoon said.", Labels.QUOTE))
                .contains("He called it “madness” today,");
        assertThat(Fixtures.texts(quotes, "“It is \"odd and we will see what happens next”, Yoon said.", Labels.QUOTE))
                .contains("It is \"odd and we will see what happens next");
    }

    /** Twentieth round (PolNeAR): rules as a noun before a modal, a participle before a listener. */
    @Test
    void rulesBeforeAModalAndAListenerAfterAParticipleReportNothing() {
        assertThat(Fixtures.texts(quotes, "The convention rules may be moot if the tide keeps lifting Trump.", Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "Current rules allow only those who have won eight states to be eligible.", Labels.QUOTE))
                .isEmpty();
        assertThat(Fixtures.texts(quotes, "\"We have come a long way,\" he told cheering supporters in Nashua on Monday morning.",
                Labels.QUOTE)).containsExactly("We have come a long way,");
    }

    @Test
    void aTitleInMarksBeforeTheNounItModifiesIsNoQuote() {
        assertThat(Fixtures.texts(quotes, "“Orange is the New Black” star Selenis Leyva opened up about it.", Labels.QUOTE)).isEmpty();
    }

    /** Issue 13: a few lower-case words in marks woven into a person's sentence are that person's, not a term. */
    @Test
    void aShortPhraseInMarksInsideAPersonsSentenceIsTheirQuoteButATermItNamesIsNot() {
        String text = "Councillor Ann Lee sent her \"heartfelt condolences\" to the family on Sunday.";
        assertThat(Fixtures.texts(quotes, text, Labels.QUOTE)).containsExactly("heartfelt condolences");
        assertThat(Fixtures.links(new SpeakerRecommender(), text)).containsExactly("heartfelt condolences -> Councillor Ann Lee");
        assertThat(Fixtures.texts(quotes, "Councillor Ann Lee backed the scheme, or \"pooling\", in June.", Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "Councillor Ann Lee opposed the rule, known as \"cold rolling\", in June.",
                Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "Councillor Ann Lee was fined for \"reckless driving\" in June.", Labels.QUOTE)).isEmpty();
        assertThat(Fixtures.texts(quotes, "Councillor Ann Lee sang \"Blue Skies\" at the wedding.", Labels.QUOTE)).isEmpty();
    }

    /** Issue 13: a clause whose verb opens a partial quote is reported after verbs that need a clause, too. */
    @Test
    void aClauseWhoseVerbOpensAPartialQuoteIsReportedAfterClaimedAndToldToo() {
        assertThat(Fixtures.texts(quotes, "The minister claimed the rebels \"are losing ground\" in the north.", Labels.QUOTE))
                .containsExactly("the rebels \"are losing ground\" in the north", "are losing ground");
        assertThat(Fixtures.texts(quotes, "Coach Tom Reid told reporters the team \"has nothing left to prove.\"", Labels.QUOTE))
                .containsExactly("the team \"has nothing left to prove.\"", "has nothing left to prove.");
        assertThat(Fixtures.texts(quotes, "The group claimed responsibility in a \"short statement\" on Monday.", Labels.QUOTE))
                .containsExactly("short statement"); // an object, no clause
    }

    /** A sum after a past tense in -ed is its object, as a number is: the words before make a clause. */
    @Test
    void aSumAfterAPastTenseMarksTheClausesVerb() {
        assertThat(Fixtures.texts(quotes, "The agency estimated the storm caused $5 billion in damage.", Labels.QUOTE))
                .containsExactly("the storm caused $5 billion in damage");
        assertThat(Fixtures.texts(quotes, "The agency estimated the damage at $5 billion.", Labels.QUOTE)).isEmpty();
    }
}
