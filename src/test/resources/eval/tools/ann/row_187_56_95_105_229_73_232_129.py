# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Ninth round (issue 13): first a fifth held-out part "heldout5", measured blind once
# (EvalDiff heldout5, before any rule change), then turned into tuning articles.
# Sixteen rows drawn at random from the Wikinews rows with 1.5-4.5 KB of text (UTF-8) and at least six
# quotation marks (" “ ”) that were not yet in the set (by url and text), same candidate filter as the
# eighth round (row_285_...py):
#
#   random.Random(2031).sample(candidates, 16)
#
# This file holds the first 8 of the draw, in the order drawn: [187, 56, 95, 105, 229, 73, 232, 129];
# another helper annotates the other 8.
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

# ---------------- heldout5, now tuning (measured blind once first) ----------------
d = doc(187, "first-foreigners-die-coronavirus-wuhan", "tuning")
sp = d.s('speaker', 'officials', after='According to ')        # "on Saturday" belongs to the attribution
d.q(sp, 'the coronavirus 2019-nCoV may have killed two male foreign visitors in Wuhan, China — a man from the United States who tested positive for the virus, and another man from Japan who was suspected of dying from the virus')
# "— reportedly the first foreign deaths ...": "reportedly" names no one, the writer's addition
d.s('figure', 'two male foreign visitors')
d.s('place', 'Wuhan')
d.s('place', 'China', after='Wuhan, ')
d.s('place', 'United States', after='a man from the ')
d.s('place', 'Japan', after='another man from ')
d.s('place', 'China', after='within the borders of ')
# "the virus had reportedly killed ...": no one named, no quote
d.s('figure', 'at least 813')
d.s('place', 'China', after='at least 813 in ')
d.s('figure', 'around 35,000')
d.s('figure', 'at least 28 countries')
sp = d.s('speaker', 'the U.S. embassy in Beijing')            # "U.S. embassy": the country inside the embassy's name (row 172)
d.s('place', 'Beijing')
d.q(sp, 'the infected 60-year-old western man died in February 6')
d.s('figure', '60-year-old')
sp = d.s('speaker', 'Chinese authorities')
d.q(sp, 'Chinese-American.')                                  # "referred to him as", like "described as"
sp = d.s('speaker', 'Japanese officials')
d.q(sp, 'the Japanese man showed symptoms similar to the coronavirus infection and was suspected to have it')
sp = d.s('speaker', 'they', after='his death, ')
d.q(sp, 'his death', after='suspected to have it; ')          # interrupted by the attribution: two spans
d.q(sp, 'was officially described as viral pneumonia')
# "have criticized their government's initial response": object of the verb, no quote
d.s('figure', 'eight people')
# "detained ... for "spreading rumors,"": the charge of an official act (like "labeled ... as" in row 172), no quote
# "tried to warn people about ...": object, no quote; the hashtag in marks is a name, no quote
d.s('figure', 'at least about two million views')
d.s('place', 'China', after='The government of ')             # the country a body is of
# "a number of cities": bare quantifier
d.s('place', 'east Asia')
d.s('figure', 'at least two cruise ships')
d.s('place', 'China', after='deaths recorded in ')
d.s('figure', 'one person')
d.s('place', 'Philippines')
d.s('figure', 'one', after='Philippines and ')                # "one [person]": a count
d.s('place', 'Hong Kong')

d = doc(56, "kaczynski-child-abuse-punishments", "tuning")
# "publicly declared intent to impose ...": an infinitive object, no quote
sp = d.s('speaker', 'Kaczyński', after='for child sexual abuse.  ')
d.q(sp, 'the party was ready with amendments to the penal code for sentencing up to 30-year prison terms for child sexual abuse')
d.s('figure', 'up to 30-year')                                 # a duration used as a modifier, like "two-time"
d.s('figure', 'fifteen', after='below the age of ')            # an age, like "at the age of fifteen" in row 146
d.s('figure', 'up to twelve years')
sp = d.s('speaker', 'Kaczyński', after='in Polish jurisdiction.  ')
d.q(sp, 'We prepared changes to the penal code meaning this crime will be punished very severely [...] there will be no suspended sentences, there will be severe penalties, maybe even up to 30 years in prison')
d.s('figure', 'up to 30 years', after='maybe even ')
d.s('figure', 'over eight million views')
d.s('figure', 'two days')
d.s('place', 'Poland')
sp = d.s('speaker', 'the topmost senior Polish archbishop Wojciech Polak')
d.q(sp, "I am deeply disturbed by what I saw in Tomasz Sekielski's film.  The enormous suffering of those who have been hurt gives rise to pain and shame [...] I am sorry for every wound inflicted by people of the church.")
sp = d.s('speaker', 'Anna Franowska')                          # 'of "Have no fear"' after the name; Reuters only relays
d.q(sp, 'just another apology')                                # "Calling it as"
d.q(sp, 'it almost appears as if the statement was prepared before the church officials saw the movie')
# "Have no fear": a name in quotation marks, no quote; "imposed a law mandating ...": an official act

d = doc(95, "hurricane-dorian-bahamas", "tuning")
d.s('place', 'Bahamas')
d.s('place', 'Abaco Islands')
sp = d.s('speaker', 'the National Hurricane Center', after='on record, according to ')   # after the sentence: the whole sentence is theirs
d.q(sp, 'Its wind speeds reached 185 mph (~295 km/h), tied for the strongest sustained winds at landfalling on record')
d.s('figure', '185 mph')
d.s('figure', '~295 km/h')
# "Category 5", "Category 2": ranks
d.s('place', 'Grand Bahama')
sp = d.s('speaker', 'CNN')                                     # the outlet's own reckoning
d.q(sp, 'In a thirty hour period of Monday and Tuesday, Dorian only traversed thirty miles')
d.s('figure', 'thirty hour')
d.s('figure', 'thirty miles')
sp = d.s('speaker', 'The National Hurricane Center', after='according to CNN. ')
d.q(sp, 'all tropical storm warnings were lifted as of yesterday morning and Dorian had also been downgraded to a Category 2 storm')
sp = d.s('speaker', 'the BBC')
d.q(sp, 'residents were doing most rescue work themselves using boats and personal watercraft')
sp = d.s('speaker', 'Prime minister Hubert Minnis')
d.q(sp, 'twenty people have been confirmed killed')            # "yesterday night" belongs to the verb
d.s('figure', 'twenty people')
sp = d.s('speaker', 'he', after='will increase", ')
d.q(sp, 'We expect that this number will increase')
sp = d.s('speaker', 'Minnis', after='infrastructure", ')
d.q(sp, 'Parts of Abaco are decimated [...] There is severe flooding. There is severe flooding damage to homes, businesses and infrastructure')
d.s('place', 'Abaco', after='Parts of ')
d.q(sp, 'The southern aspect of Abaco has suffered less devastation than the north. The Sandy Point area and progressing north has not suffered as much devastation that was seen in the Marsh Harbour vicinity. The international airport on Abaco is under water. The runway is currently flooded. In fact, the area around the airport now looks like a lake.')   # the next paragraph goes on with his words
d.s('place', 'Abaco', after='The southern aspect of ')
d.s('place', 'Sandy Point area')
d.s('place', 'Marsh Harbour vicinity')
d.s('place', 'Abaco', after='The international airport on ')
# "A large number of homes": no number; "some estimates by ... ranging from": no reported clause
d.s('figure', '45% to 60% destruction')
sp = d.s('speaker', 'The United Nations')
d.q(sp, 'some 60 thousand people are in need of food and drinking water')
d.s('figure', 'some 60 thousand people')
d.s('place', 'Bahamas', after='as it left the ')

d = doc(105, "water-vapour-exoplanet-k2-18b", "tuning")
# "In findings published ... by a team ..., the presence of water vapour was confirmed": the writer reports
# the confirmation as a fact (passive, no reported clause), no quote
# "Earth", "Leo": not geographic locations; "University of Montreal", "University College London": names of bodies
d.s('place', 'Montreal', after='\n\n\nThe ')                   # "The Montreal team": a city as modifier
sp = d.s('speaker', 'They', after='as the planet passed between it and Earth.  ')   # the team's own finding
d.q(sp, 'certain wavelengths of light, which are usually absorbed by water, weakened when the planet was in the way')   # "indicating ..." is the writer's
d.s('place', 'Montreal', after="then analyzed the ")
# "confirmed their conclusion": object, no quote
sp = d.s('speaker', 'UCL astronomer Angelos Tsiaras')
d.q(sp, 'This is the first potentially habitable planet where the temperature is right and where we now know there is water,')
d.q(sp, "It's the best candidate for habitability right now.")
sp = d.s('speaker', 'Ryan Cloutier')                           # "of the Harvard–Smithsonian Center ..." after the name
d.q(sp, "It's a good sign")
sp = d.s('speaker', 'he', after='"Overall," ')
d.q(sp, 'Overall,')
d.q(sp, 'the presence of water in its atmosphere certainly improves the prospect of K2-18b being a potentially habitable planet, but further observations will be required to say for sure.')
d.s('figure', 'about 110 light-years')
d.s('figure', '33 Earth days')
sp = d.s('speaker', 'The Guardian')                            # `According to X`: the whole clause
d.q(sp, "astronomers were optimistic that NASA's James Webb space telescope — scheduled for launch in 2021 — and the European Space Agency's 2028 ARIEL program, could reveal more about exoplanets like K2-18b")

d = doc(229, "spacex-first-crewed-launch", "tuning")
d.s('place', 'Kennedy Space Center')
d.s('place', 'Florida')
d.s('place', 'US', after='Florida, ')
d.s('place', 'United States', after='crewed spacecraft from the ')
# "International Space Station (ISS)": a spacecraft, not a geographic location
d.s('figure', 'one to four months')
d.s('figure', 'less than 20 minutes')
sp = d.s('speaker', 'Hurley', after='proceeded without issue.')
d.q(sp, 'It was incredible')
# "is reportedly expected to launch": no one named
d.s('place', 'U.S.', after='had left a small ')               # a country as modifier
d.s('place', 'U.S.', after='to be retrieved when the ')
d.s('figure', 'nearly nine-year')                              # a duration used as a modifier, like "two-time"
sp = d.s('speaker', 'NASA Administrator Jim Bridenstine')
d.q(sp, 'may be ready to launch by late August')              # "which X has said": the relative pronoun is the subject (row 160)
sp = d.s('speaker', 'Bridenstine', after='by late August.')
d.q(sp, "I'm breathing a sigh of relief, but I will also tell you I'm not gonna celebrate until Bob and Doug are home safely.")
sp = d.s('speaker', 'Hurley', after='home safely." ')        # he says the words himself; Shepard is the model
d.s('place', 'U.S.', after='paraphrased the first ')
d.s('place', 'United States', after='on the occasion of the ')
d.q(sp, "SpaceX we're go for launch. Let's light this candle.")

d = doc(73, "house-holds-cabinet-officers-in-contempt", "tuning")
# "The United States House of Representatives", "the United States Supreme Court": official bodies
d.s('figure', 'two current Cabinet officers')
# "citing their refusal to disclose ...": object, no quote
d.s('figure', '230-to-198')                                    # a vote count
sp = d.s('speaker', 'Trump', after='to be held in contempt, ')
d.q(sp, 'the documents were subject to executive privilege')
# the question "Is this person a citizen of the United States?" is mentioned as a text, no one's speech
d.s('place', 'United States', after='a citizen of the ')
sp = d.s('speaker', 'the United States Supreme Court')
d.q(sp, 'the justification presented for the question was "contrived."')
d.q(sp, 'contrived.')
# "A few days": bare quantifier
sp = d.s('speaker', 'Trump', after='on July 2, ')
d.q(sp, 'he would drop his bid to add the question')          # "before reversing course ..." is the writer's
sp = d.s('speaker', 'the administration', after='A few days later ', occ=0)
d.q(sp, 'he would use an executive order to add the citizenship question to the census')   # "disregarding ..." is the writer's
# "sharply criticized the House's decision": object of the verb, no quote
sp = d.s('speaker', 'Ross', after="the House's decision, which ")
d.q(sp, 'gamesmanship')
d.q(sp, 'stunt')

d = doc(232, "face-coverings-public-transport-england", "tuning")
sp = d.s('speaker', "England's transport secretary, Grant Shapps")   # the name follows the role as an apposition
d.s('place', 'England')
d.q(sp, 'from June 15, wearing a face covering would become compulsory while riding public transport in England')
d.s('place', 'England', after='riding public transport in ')
d.s('place', 'UK', after='announced the measure at the ')    # "the UK Government": the government of the country
sp = d.s('speaker', 'He', after='coronavirus briefing. ')
d.q(sp, 'it would be "a condition of travel" and "surgical masks[...] we must keep for clinical settings" so the general public should use "the kind of face covering you can easily make at home."')
d.q(sp, 'a condition of travel')
d.q(sp, 'surgical masks[...] we must keep for clinical settings')
d.q(sp, 'the kind of face covering you can easily make at home.')
sp = d.s('speaker', "Train drivers' trade union Aslef general secretary Mick Whelan")
d.q(sp, "We have been working closely with the government to ensure that agreed increases in services on Britain's train, and Tube, network is done in a safe and controlled manner – to help spread [the travellers], and maintain social distancing – for the safety of passengers and staff[...] The instruction to wear face coverings to help prevent the spread of the coronavirus will ease the concerns of people travelling, and working, on the transport network.")
d.s('place', 'Britain')
sp = d.s('speaker', 'The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), Mick Cash')   # role, then the name as apposition; the bracket is inside the phrase
d.q(sp, 'the measure was "nowhere near enough."')
d.q(sp, 'nowhere near enough.')
d.s('place', 'England', after='retail stores.')
d.s('place', 'United Kingdom')
d.s('place', 'Wales')
# "Wales have made no recommendation": object, no quote
sp = d.s('speaker', 'Northern Ireland')                        # the place standing for its government, like a capital
d.s('place', 'Northern Ireland')
d.q(sp, 'people "think about" it in situations where they cannot apply social-distancing')   # a subjunctive clause
d.q(sp, 'think about')
sp = d.s('speaker', 'Scotland First Minister Nicola Sturgeon')
d.s('place', 'Scotland')
d.q(sp, 'a compulsory introduction of face coverings could be "inevitable"')
d.q(sp, 'inevitable')
d.q(sp, 'she was considering it')                             # "and that ...": a second reported clause

d = doc(129, "fish-defend-coral-reefs", "tuning")
sp = d.s('speaker', 'researchers from the Georgia Institute of Technology (GT) and University of South Carolina Beaufort')   # places inside names are not tagged
d.s('place', 'United States', after='both in the ')
d.q(sp, 'warming seas appear to decrease the efficacy of the chemical compounds that corals release into the water to defend themselves from bacteria and encroaching seaweed, but these losses may be mitigated if there are large numbers of hungry fish around')
# "large numbers of hungry fish": no number
sp = d.s('speaker', 'Mark Hay')                                # ", a marine ecologist ..., who said": the role after the name stays out
d.q(sp, 'There is a lot of argument now about whether local management can help in the face of global stresses — whether what a Fijian village does matters when people in London and Los Angeles burn fossil fuels to drive to work')
d.s('place', 'London')
d.s('place', 'Los Angeles')
sp = d.s('speaker', 'Hay', after='to drive to work". ')
d.q(sp, 'Our work indicates that local management provides a degree of insurance against global stresses, but there are likely higher temperatures that render the insurance ineffective.')
d.s('figure', 'three types of coral')
d.s('place', 'Fiji', after='off the coast of ')
sp = d.s('speaker', 'The researchers', after='Some of these reefs')   # the researchers' own finding
d.q(sp, 'when fish were plentiful, they would eat algae and seaweed off the corals, which appeared to leave them more resistant to the bacterium Vibrio coralliilyticus, a bacterium associated with bleaching')
sp = d.s('speaker', 'The researchers', after='associated with bleaching.')
d.q(sp, "the algae, like warming temperatures, might render the corals' chemical defenses less effective, and the fish were protecting the coral by removing the algae")
sp = d.s('speaker', 'They', after='by removing the algae.')
d.q(sp, 'Macroalgae are suggested to disrupt coral microbiomes via transfer of allelochemicals or microbes or release of dissolved organic carbon that affects microbial growth')
