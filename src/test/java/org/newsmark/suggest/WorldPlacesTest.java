package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.suggest.gazetteer.WorldGazetteer;

/**
 * Places the CLDR names and the bundled list missed, found through the world gazetteer in sentences
 * written like news; and names the gazetteer holds that the context says are not places here.
 */
class WorldPlacesTest {

    private final SuggestionEngine engine = SuggestionEngine.standard(Fixtures.GAZETTEER, new CorpusMemory());

    private List<String> places(String text) {
        return engine.suggest(SuggestionContext.of(text)).withLabel(Labels.PLACE).stream()
                .map(s -> s.range().of(text)).toList();
    }

    @Test
    void townsOfEasternCongo() {
        assertThat(places("Ebola cases have now been confirmed in Beni, Butembo, Katwa and Mangina, health officials "
                + "in North Kivu province said.")).contains("Beni", "Butembo", "Katwa", "Mangina", "North Kivu province");
        assertThat(places("The 1995 outbreak in Kikwit killed 250 people.")).containsExactly("Kikwit");
    }

    /** Thirtieth round: a town followed by {@code in} or {@code on} and the region it lies in. */
    @Test
    void aTownInOrOnItsRegion() {
        assertThat(places("Hurricane Helene flooded Asheville in western North Carolina."))
                .containsExactly("Asheville", "western North Carolina");
        assertThat(places("The fire destroyed Lahaina on Maui.")).containsExactly("Lahaina", "Maui");
    }

    /** Thirtieth round: a region named with its article, unless the name goes on into another's. */
    @Test
    void aRegionWithItsArticle() {
        assertThat(places("Fires raged across the Peloponnese on Monday.")).containsExactly("Peloponnese");
        assertThat(places("He played for the Ohio State team.")).isEmpty();
    }

    /** Thirtieth round: islands and districts in recent news that GeoNames files otherwise, from the bundled list. */
    @Test
    void islandsAndDistrictsOfRecentNews() {
        assertThat(places("The storm reached Mallorca on Tuesday.")).containsExactly("Mallorca");
        assertThat(places("Strikes hit Deir al-Balah and Nuseirat overnight.")).containsExactly("Deir al-Balah", "Nuseirat");
    }

    @Test
    void aTownTheTextNamesAsAPlaceOnceIsThePlaceAtItsOtherMentions() {
        assertThat(places("Fighting broke out near Kasese on Monday. Kasese had been calm for years. \"We fled Kasese "
                + "at night,\" a resident said.")).containsExactly("Kasese", "Kasese", "Kasese");
        // a town's name that the text also gives as a surname stays a surname
        assertThat(places("Officials near Kasese said so. Mary Kasese, a nurse, said Kasese was tired."))
                .containsExactly("Kasese");
    }

    @Test
    void aTownAfterANounOfPlaceAndOfOrAVerbOfGoing() {
        assertThat(places("On Monday the mayor of Bath said flooding would continue.")).containsExactly("Bath");
        assertThat(places("He said residents of Mbarara saw prices rise.")).containsExactly("Mbarara");
        assertThat(places("Thousands fled Kasese overnight.")).containsExactly("Kasese");
        assertThat(places("A partner of Kasese said so.")).isEmpty();
    }

    @Test
    void spellingsOfACityAndNamesAGuessedDemonymWouldRemove() {
        assertThat(places("Rebels attacked the Chechen capital Grozny on Thursday.")).containsExactly("Grozny");
        assertThat(places("The clinic in Beni reopened.")).containsExactly("Beni");
        assertThat(places("Hamas denied it.")).isEmpty();
    }

    @Test
    void ukrainianTownsInUkrainesOwnRomanization() {
        // GeoNames files them as Avdiyivka, Kostyantynivka and Hulyaypole; news agencies write them this way
        assertThat(places("Troops withdrew from Avdiivka after months of fighting.")).containsExactly("Avdiivka");
        assertThat(places("Shelling hit homes in Kostiantynivka and Huliaipole overnight.")).containsExactly("Kostiantynivka", "Huliaipole");
    }

    @Test
    void corridorsReefsAndPlacesOfRecentNews() {
        assertThat(places("Troops withdrew from the Netzarim Corridor.")).containsExactly("Netzarim Corridor");
        assertThat(places("Coral bleaching hit the Great Barrier Reef.")).containsExactly("Great Barrier Reef");
        assertThat(places("A magnitude-7.4 earthquake struck Hualien on Wednesday morning.")).containsExactly("Hualien");
        assertThat(places("Ships rerouted around the Cape of Good Hope.")).containsExactly("Cape of Good Hope");
        assertThat(places("Students at the Corridor Academy protested.")).isEmpty();
    }

    @Test
    void aDivisionWithStateAsItsHeadIsOnePlace() {
        assertThat(places("Fighting intensified in Rakhine State.")).containsExactly("Rakhine State");
        assertThat(places("Rohingya fled Myanmar's Rakhine state, where the army cracked down.")).containsExactly("Myanmar's Rakhine state");
        assertThat(places("Protests spread in Kaduna state on Monday.")).containsExactly("Kaduna state");
        assertThat(places("The Kaduna state governor visited the camp.")).containsExactly("Kaduna");
        assertThat(places("The Borno State Government imposed a curfew.")).isEmpty();
        assertThat(places("Ohio State beat Michigan on Saturday.")).isEmpty();
        assertThat(places("Apple picking began in Washington State.")).containsExactly("Washington State");
    }

    @Test
    void islandsOilFieldsAndSmallTowns() {
        assertThat(places("Hurricane Dorian flattened homes on Abaco and Grand Bahama before turning north."))
                .containsExactly("Abaco", "Grand Bahama");
        assertThat(places("Drones struck the Abqaiq processing plant and the Khurais oil field on Saturday."))
                .containsExactly("Abqaiq", "Khurais oil field");
        assertThat(places("Police in Hajo, a town in Assam, arrested the priest on Sunday."))
                .containsExactly("Hajo", "Assam");
    }

    @Test
    void shortFormsAndFullNamesAreOneSpan() {
        assertThat(places("Fighting in the DRC has displaced millions, and the Democratic Republic of the Congo "
                + "has asked its neighbours for help.")).containsExactly("DRC", "Democratic Republic of the Congo");
    }

    @Test
    void namesInOtherScripts() {
        assertThat(places("मुख्यमंत्री ने कहा कि भारत और तेलंगाना की सरकारें मिलकर काम करेंगी।"))
                .containsExactly("भारत", "तेलंगाना");
    }

    @Test
    void datelinesInCapitals() {
        assertThat(places("LONDON 1996-08-30\nShares fell in early trade on Friday.")).containsExactly("LONDON");
        assertThat(places("RIO DE JANEIRO, Brazil (Reuters) - Police raided a favela on Tuesday."))
                .containsExactly("RIO DE JANEIRO", "Brazil");
    }

    @Test
    void historicalNamesAndRegions() {
        assertThat(places("Mobutu renamed the country Zaire in 1971.")).containsExactly("Zaire");
        assertThat(places("Students marched through Rangoon in 1988.")).containsExactly("Rangoon");
        assertThat(places("East Timor voted for independence from Indonesia in 1999."))
                .containsExactly("East Timor", "Indonesia");
        assertThat(places("Hurricanes often strike the West Indies in September.")).containsExactly("West Indies");
    }

    @Test
    void countryThatARoleIsOfIsAPlaceButNotInsideAnOfficialBody() {
        assertThat(places("He met the President of the United States on Monday.")).containsExactly("United States");
        assertThat(places("The United States Department of State issued a warning.")).isEmpty();
    }

    @Test
    void teamsEventsAndCommonWordsAreNotPlaces() {
        assertThat(places("Madrid beat Liverpool 2-1 on Wednesday night.")).isEmpty();
        assertThat(places("The Liverpool striker scored twice.")).isEmpty();
        assertThat(places("She won the Chicago Marathon last year.")).isEmpty();
        assertThat(places("Mobile phones are banned in class.")).isEmpty();
        assertThat(places("Reading the report, the minister frowned.")).isEmpty();
    }

    /** GeoNames' other names in several words, and a hyphenated name written with a space (sixteenth round). */
    @Test
    void otherNamesInSeveralWordsAndHyphenatedNamesWithSpacesNeedTheTextsEvidence() {
        // Maidan Shahr is an alternate name of Maydanshakhr, Tell Tamer of Tall Tamr; GeoNames writes Blaenau-Ffestiniog
        assertThat(places("The bomb went off in Maidan Shahr on Sunday.")).containsExactly("Maidan Shahr");
        assertThat(places("Kurdish forces withdrew from Tell Tamer overnight.")).containsExactly("Tell Tamer");
        assertThat(places("The train runs to Blaenau Ffestiniog twice a day.")).containsExactly("Blaenau Ffestiniog");
        // such names are a town's only where the text says so
        assertThat(places("Maidan Shahr said nothing.")).isEmpty();
        // other names made of frequent English words are left out
        assertThat(places("Reporters waited at the White House on Monday.")).doesNotContain("White House");
    }

    /** Sixteenth round: a region named by a compass point and a sea or a cape. */
    @Test
    void compassNamedRegionsTakeTheAndAreNoAdjectives() {
        assertThat(places("Gas fields in the Eastern Mediterranean are disputed.")).containsExactly("Eastern Mediterranean");
        assertThat(places("The pipeline would connect East Mediterranean gas fields with Europe."))
                .containsExactly("East Mediterranean", "Europe");
        assertThat(places("Fires burned across the Western Cape and the Northern Territory."))
                .containsExactly("Western Cape", "Northern Territory");
        // without a compass point the adjective stays an adjective, and a town after "the" is still no place
        assertThat(places("She praised the Mediterranean diet.")).isEmpty();
    }

    /** Sixteenth round: a named site overlooked, beside, under, or (for things on the ground) after {@code of the}. */
    @Test
    void sitesOverlookedAndThingsOnTheGroundAfterOfThe() {
        assertThat(places("Traffic halted at part of the George Washington Bridge on Monday."))
                .containsExactly("George Washington Bridge");
        assertThat(places("The hotel overlooking the Mawddach Estuary burned.")).containsExactly("Mawddach Estuary");
        // a body named like a site stays a body after "of the"
        assertThat(places("The director of the National Hurricane Center spoke.")).isEmpty();
    }

    /** Seventeenth round: where someone died, names joined by {@code and}, a known place owning a site, a numbered area. */
    @Test
    void whereSomeoneDiedJoinedNamesOwnedSitesAndNumberedAreas() {
        assertThat(places("He died at Gilchrist Hospice Care. His wife was with him.")).containsExactly("Gilchrist Hospice Care");
        assertThat(places("He died at the age of 85.")).isEmpty();
        assertThat(places("Imus died on Friday at the Baylor Scott and White Medical Center in College Station, Texas."))
                .containsExactly("Baylor Scott and White Medical Center", "College Station", "Texas");
        // a place owning a site is one span with it; another owner is not part of the site
        assertThat(places("A concert in London's Hyde Park drew crowds.")).containsExactly("London's Hyde Park");
        assertThat(places("It lies within the Air Force's Nevada Test and Training Range, officials said."))
                .containsExactly("Nevada Test and Training Range");
        assertThat(places("The nearest settlement to Area 51 is small.")).containsExactly("Area 51");
        // inside a longer name, an event or a title, the area is no place of its own
        assertThat(places("The Storm Area 51 Basecamp opened. A film titled Bob Lazar: Area 51 & Flying Saucers aired."))
                .isEmpty();
    }

    /** Eighteenth round: an electoral district or seat of a name, a name after {@code nearby}, a birthplace. */
    @Test
    void electoralDistrictsNearbyTownsAndBirthplaces() {
        assertThat(places("Voters in the electoral district of Groom go to the polls. Groom is rural."))
                .containsExactly("Groom", "Groom");
        assertThat(places("In nearby Hiko, a camp was set up.")).containsExactly("Hiko");
        // a nationality before a settlement word is a modifier, not a place
        assertThat(places("The bus fell on the road to the nearby Pakistani town.")).isEmpty();
        assertThat(places("Born on December 11, 1935, in Mirati, he began his career early.")).containsExactly("Mirati");
        assertThat(places("She was born in May and raised by her aunt.")).isEmpty();
    }

    /** Sixteenth round: a role's modifier opening the sentence is no given name before the place. */
    @Test
    void formerOpeningASentenceIsNoGivenName() {
        assertThat(places("Former New York gubernatorial candidate Larry Sharpe spoke.")).containsExactly("New York");
        assertThat(places("Former South Carolina Gov. Nikki Haley spoke.")).containsExactly("South Carolina");
        // a country a role is for, before the holder's name
        assertThat(places("US Special Representative for Iran Brian Hook said so.")).containsExactly("US", "Iran");
        assertThat(places("In 2008, then-governor of Alaska Sarah Palin was chosen.")).containsExactly("Alaska");
        // a territory a country owns is no territory of that name: the head stays outside
        assertThat(places("American Samoa is an unincorporated U.S. territory.")).containsExactly("American Samoa", "U.S.");
        assertThat(places("Wayne Frederick, president of Howard University, wrote a letter.")).isEmpty();
    }

    @Test
    void commonWordTownsWithContextAreFound() {
        assertThat(places("The summit was held in Nice, and delegates later met in Mobile, Alabama.")).contains("Nice", "Mobile");
    }

    /** Villages of 1,000 to 4,999 people (eleventh round), with the text's evidence like any small town. */
    @Test
    void villagesWithTheTextsEvidenceButNotAsCountriesGivenNamesOrDiseases() {
        assertThat(places("The flight started in Sangatte and ended near Dover.")).containsExactly("Sangatte", "Dover");
        assertThat(places("Sangatte was quiet.")).isEmpty();
        // a village named England leaves the country a country, in sports news too
        assertThat(places("England face Moldova in a World Cup qualifier on Sunday.")).containsExactly("England", "Moldova");
        // a village's name before a town's is no place, the town after it no surname's end
        assertThat(places("She died from Powassan virus last year.")).isEmpty();
    }

    /**
     * Nineteenth round: towns of GeoNames' newer list that the older extract lacks (Galway), Irish counties by their
     * head word, names written with an okina or another apostrophe, and a village's name that the text gives as a
     * surname.
     */
    @Test
    void newerTownsCountiesApostrophesAndVillagesThatNameSomeone() {
        assertThat(places("Flooding was reported in Galway and Limerick.")).containsExactly("Galway", "Limerick");
        assertThat(places("The warning applied to County Galway.")).containsExactly("County Galway");
        assertThat(places("He died in Nukuʻalofa, and was buried in Nuku'alofa.")).containsExactly("Nukuʻalofa",
                "Nuku'alofa");
        assertThat(places("A resident of Antioch, Kyle Rittenhouse is accused. Groups came to Rittenhouse's defense."))
                .containsExactly("Antioch");
    }

    /** A party's adjective before a state is no given name that would make the state a surname everywhere. */
    @Test
    void aPartyBeforeAPlaceIsNoGivenName() {
        assertThat(places("Voters in the Democratic New Hampshire primary chose Sanders. He had also won in New Hampshire "
                + "four years earlier.")).containsExactly("New Hampshire", "New Hampshire");
        assertThat(places("Turnout at the Republican Iowa caucuses fell, and organisers in Iowa blamed the snow."))
                .containsExactly("Iowa", "Iowa");
    }

    @Test
    void aPlaceTheCorpusRejectedIsNotProposedAgain() {
        CorpusMemory memory = new CorpusMemory();
        SuggestionEngine remembering = SuggestionEngine.standard(Fixtures.GAZETTEER, memory);
        String text = "The 1995 outbreak in Kikwit killed 250 people.";
        memory.reject("Kikwit", Labels.PLACE);
        memory.reject("Kikwit", Labels.PLACE);
        assertThat(remembering.suggest(SuggestionContext.of(text)).withLabel(Labels.PLACE)).isEmpty();
    }

    @Test
    void bundledGazetteerLoadsFromTheJarResource() {
        WorldGazetteer g = WorldGazetteer.load();
        System.out.println(g.stats());
        assertThat(g.size()).isGreaterThan(100_000);
        assertThat(g.stats().bytes()).isLessThan(8L << 20);
    }
}
