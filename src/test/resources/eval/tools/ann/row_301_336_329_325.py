# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Thirteenth round: the blind part heldout13, 49 articles of 2024-2026
# (src/test/resources/samples/wikinews/wikinews_2024_2026.csv, read by make_gold.py as rows 295-343)
# drawn in the order
#
#   random.Random(2036).sample(range(295, 344), 49)
#   annotators A-D; B's 12 rows split into B1-B3 of four rows each
#   this file (annotator B3)  ->  [301, 336, 329, 325]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "heldout13"

# ---------------- heldout13 ----------------
d = doc(301, "trudeau-trump-dinner-palm-beach", SPLIT)
# "November 29", "November 2": dates; "Canadian Prime Minister", "Canadian goods": adjectives
d.s('place', 'Palm Beach')                                     # "Palm Beach, Florida": city, then state
d.s('place', 'Florida')
d.s('place', 'Mar-a-Lago')                                     # a named estate (settled: named sites)
d.s('place', 'United States', after='private dinner at Mar-a-Lago with ')   # "United States President-elect": the country the title is of
d.s('figure', '25%')                                           # "a 25% tariff"
d.s('place', 'Mexico')
d.s('place', 'Canada', after='imported from Mexico and ')
sp = d.s('speaker', 'Trudeau', after='which is a plan that ')  # "criticized, saying that ...": the clause is his
d.q(sp, 'it would cause harm to "Canadians who work so well with the United States" while "raising prices for American citizens as well, and hurting American industry and businesses."')
d.q(sp, 'Canadians who work so well with the United States')
d.s('place', 'United States', after='Canadians who work so well with the ')
d.q(sp, 'raising prices for American citizens as well, and hurting American industry and businesses.')
sp = d.s('speaker', 'Trump', after='American industry and businesses." ')
d.q(sp, 'this tariff "will remain in effect until such time as drugs, in particular fentanyl, and all illegal aliens stop this invasion of our country!"')
d.q(sp, 'will remain in effect until such time as drugs, in particular fentanyl, and all illegal aliens stop this invasion of our country!')
d.s('place', 'Palm Beach International Airport')               # a named airport (settled: named sites)
# "Other attendees": no number
d.s('place', 'North Dakota')                                   # "North Dakota Governor": the place the title is of
# "Secretary of the Interior", "Secretary of Commerce": offices, no places
d.s('place', 'Pennsylvania')                                   # "Pennsylvania Senator-elect"
sp = d.s('speaker', 'Trudeau', after='The afternoon after the meeting, ')
d.q(sp, 'he and Trump had had an "excellent conversation."')
d.q(sp, 'excellent conversation.')
sp = d.s('speaker', 'He', after='excellent conversation." ')   # "expressing hope for": the object is no quote, the marked words are
# "X", "Twitter", "Truth Social": services
d.q(sp, 'the work we can do together, again.')
sp = d.s('speaker', 'Trump', after='again."\n\n\n')
d.q(sp, 'very productive,')                                    # "describing the meeting as"
d.q(sp, 'he and Trudeau had discussed "many important topics that will require both countries to work together to address," including the "fentanyl and drug crisis that has decimated so many lives as a result of illegal immigration, fair trade deals that do not jeopardize American workers, and the massive trade deficit the U.S. has with Canada."')
d.q(sp, 'many important topics that will require both countries to work together to address,')   # "both countries", "so many lives": no numbers
d.q(sp, 'fentanyl and drug crisis that has decimated so many lives as a result of illegal immigration, fair trade deals that do not jeopardize American workers, and the massive trade deficit the U.S. has with Canada.')
d.s('place', 'U.S.', after='massive trade deficit the ')
d.s('place', 'Canada', after='the U.S. has with ')

d = doc(336, "san-diego-no-kings-protests", SPLIT)
# "June 14", "10:15 a.m. PDT (1715 UTC)": a date and times of day; "Take Action San Diego": an organisation
d.s('place', 'Downtown San Diego')                             # a named area; "Downtown" capitalised as part of the name (cf. "downtown Atlanta")
d.s('place', 'California', after='Downtown San Diego, ')
# "No Kings protests": an event's name
d.s('place', 'California', after='protests that occurred in ')
d.s('place', 'United States', after='other parts of the ')
# "CBS8, citing the San Diego Police Department": the outlet relays; the police are the source (San Diego inside a body's name)
sp = d.s('speaker', 'the San Diego Police Department')
d.q(sp, 'an estimated 80,000 people gathered at Waterfront Park in front of the San Diego County Administration Center')
d.s('figure', 'an estimated 80,000 people')                    # like "an estimated two million Syrian refugees"
d.s('place', 'Waterfront Park')                                # named sites
d.s('place', 'San Diego County Administration Center')
d.s('place', 'Harbor Drive')
d.s('place', 'Pacific Highway')
# "Wikinews spoke to multiple protesters": no speech; "multiple": a bare quantifier
sp = d.s('speaker', 'an elderly couple')
d.q(sp, "We don't like what Trump's doing and the fascism that going on and the authoritarianism. You know, so when they said no kings, that's what America's all about,")
sp2 = d.s('speaker', 'they', after='so when ')                 # nested: the slogan the organisers said
d.q(sp2, 'no kings', after='so when they said ')
d.s('place', 'America', after="that's what ")
sp = d.s('speaker', 'a protester', after='un-Americans," said ')   # "when asked why they came": the question, no quote
d.q(sp, "I'm protesting the administration and all of its illegal moves, all of its illegal actions and what the president and his cronies are doing to this country is absolutely illegal, and they are the ones who are the un-Americans,")
sp = d.s('speaker', 'One protester that was interviewed')      # "One": only "a", no figure
d.q(sp, 'they have been personally affected by the policies of President Donald Trump')
d.q(sp, "I'm transgender and I kind of like my rights. It was one of the first things that Donald Trump did with his edicts when he tried to become king to say that the federal government doesn't recognize transgender identity as existing.")
# "one of the first things": 'one of', no count
sp2 = d.s('speaker', 'Donald Trump', after='the first things that ')   # nested: "to say that ..." is Trump's, through his edicts
d.q(sp2, "the federal government doesn't recognize transgender identity as existing")
d.s('place', 'Pacific Highway', after='Protesters continued north on ')
d.s('place', 'Waterfront Park', after='until returning to ')
d.s('place', 'Ash Street')
sp = d.s('speaker', 'Police Chief Scott Wahl')                 # `according to X`, after the reported sentence
d.q(sp, 'The San Diego protest remained peaceful throughout the day')
d.s('place', 'San Diego', after='Ash Street. The ')            # a place as modifier
# "1:30 p.m. PDT (2030 UTC)": times of day; "the majority of the protesters": no number (like "A simple majority")

d = doc(329, "texas-manhunt-ankle-monitor-fire", SPLIT)
sp = d.s('speaker', "The Kaufman County Sheriff's Office")    # Kaufman County inside a body's name; "in Texas" after the name stays out
d.s('place', 'Texas')
d.q(sp, 'they were searching for Trevor McEuen, 32, who is accused of murder')   # "Monday" belongs to the verb
d.s('figure', '32')                                            # an age
sp = d.s('speaker', 'Authorities', after='accused of murder. ')
d.q(sp, 'he removed his court-ordered ankle monitor and fled from neighboring Van Zandt County at 5:33 a.m. CDT (1033 UTC) that day')
d.s('place', 'Van Zandt County')                               # "5:33 a.m. CDT (1033 UTC)": times of day
# "McEuen's 2023 murder trial": a date; "sources differ on whether ...": no reported content
# "Firefighters discovered McEuen was missing": a finding, not speech
sp = d.s('speaker', 'Kaufman County Sheriff Bryan Beavers')
d.s('place', 'Kaufman County', after='while he awaited trial. ')   # "Kaufman County Sheriff": the place the title is of
d.q(sp, 'he believed McEuen had set the fire')                 # "told the press": the press only receives the words
sp = d.s('speaker', 'Beavers', after='burn more than what it did," ')   # interrupted by the attribution: two spans
d.q(sp, 'He did that, I guess thinking it would burn more than what it did,')
d.q(sp, "When the fire department got there and got everything put out, that's when we found his ankle monitor, his cell phones, and stuff in there, and he wasn't in there.")
sp = d.s('speaker', 'He', after='he wasn\'t in there." ')
d.q(sp, 'he believed McEuen had left the area')
# "United States Marshals": a service's name (a country inside an official body's name)
d.s('place', 'Texas', after='are working with ')              # "Texas law enforcement": a place as modifier
d.s('figure', 'US$2 million')                                  # "US$": a currency, no place
d.s('figure', 'US$10,000')
d.s('figure', '35', after='Aaron Martinez, ')                  # an age
# "multiple gunshot wounds": a bare quantifier; "May 2023": a date
d.s('place', 'Dallas')                                         # "Dallas ABC affiliate WFAA": a place as modifier; WFAA only relays
sp = d.s('speaker', "the Kaufman County Sheriff's Office", after='affiliate WFAA, ')
d.q(sp, 'they do not consider the killing a hate crime')
# "have asked prosecutors to file hate crime charges": an infinitive object, no quote
sp = d.s('speaker', 'Castro', after='file hate crime charges. ')   # "at the time of the shooting" belongs to the verb
d.q(sp, '[t]hree weeks ago, Aaron Martinez was murdered in cold blood by a man who wanted to drive Hispanics out of Kaufman County.')
d.s('figure', '[t]hree weeks')                                 # a duration ("a year ago" is tagged)
d.s('place', 'Kaufman County', after='drive Hispanics out of ')
# "September 2024": a date; "Instagram": a service

d = doc(325, "spain-portugal-power-outage", SPLIT)
# "Monday, April 28", "12:33 CEST (1033 UTC)": a date and a time of day
d.s('place', 'Spain')                                          # "Spain’s power grid": a possessor
d.s('figure', '15GW')
d.s('figure', '60% of its national demand')
d.s('figure', 'five seconds')                                  # "within" stays out
d.s('place', 'Spain', after='power link between ')
d.s('place', 'France', after='power link between Spain and ')
d.s('place', 'Spain', after='and France. As a result, ')
d.s('place', 'Portugal')
d.s('place', 'French Basque Country')                          # a demonym inside a longer place name; "the" stays out
# "the European power grid": an adjective
sp = d.s('speaker', 'System operations chief of Spanish grid operator REE, Eduardo Prieto')   # role, then the name as apposition
d.q(sp, 'As the result of this disconnection and the serious imbalance of band generation that is in our electrical system, the electrical system collapsed.')
# "authorities declared a state of emergency": an act, no speech
d.s('figure', 'between 200 and 500 flights')                   # a range
d.s('figure', 'over 50 million people')
sp = d.s('speaker', 'the head of the regional government')     # `according to X`
d.q(sp, 'emergency services in Madrid responded to 286 calls to assist individuals trapped in elevators')
d.s('place', 'Madrid', after='emergency services in ')
d.s('figure', '286 calls')
sp = d.s('speaker', 'Marina Sierra')                           # ", a young girl in a Madrid suburb," after the name stays out
d.s('place', 'Madrid', after='a young girl in a ')            # "a Madrid suburb": a place as modifier
d.q(sp, 'The building we were in was giving off smoke, they had to evacuate us quickly,')
# "according to ABC News, Australia": the outlet only relays; "Australia" identifies the outlet (part of its name), no place
sp = d.s('speaker', 'Joanly Perez')                            # ", a doctor in Madrid," after the name stays out
d.s('place', 'Madrid', after='a doctor in ')
d.q(sp, "I left work and the power suddenly went and people started buying... People aren't sure what might happen and are buying basic essentials, just in case.")
# "many stores": a bare quantifier; "French network operator RTE": an adjective and a company
d.s('place', 'French Basque Country', after='restored power to the ')
# "within a few hours": a bare quantifier
d.s('place', 'Spain', after='helped recover ')               # "Spain's electricity supply": a possessor
sp = d.s('speaker', 'Spanish power distributor Red Eléctrica')  # `according to X`, after the reported sentence
d.q(sp, 'Spain had recovered more than 92% of its power by 05:00 CEST (0300 UTC) on Tuesday')
d.s('place', 'Spain', after='electricity supply.\n\n\n')
d.s('figure', 'more than 92% of its power')                    # "05:00 CEST (0300 UTC)": times of day
sp = d.s('speaker', 'Spain’s Prime Minister Pedro Sánchez')
d.s('place', 'Spain', after='Red Eléctrica, and ')            # "Spain’s Prime Minister": the country the title is of
d.q(sp, 'everyone in Spain would have lights back on before Wednesday')   # "vowed that": a reported clause
d.s('place', 'Spain', after='vowed that everyone in ')
sp = d.s('speaker', "Madrid's minister for housing, transport and infrastructure Jorge Rodrigo Dominguez")
d.s('place', 'Madrid', after='before Wednesday.\n\n\n')       # the place the title is of
d.q(sp, 'most of the metro, except for line 7A, was back in service by 08:00 CEST (0600 UTC) Tuesday morning')   # "line 7A": a name; "most of": no number
sp = d.s('speaker', 'he', after='as quickly as possible," ')   # interrupted by the attribution: two spans
d.q(sp, 'This has been achieved thanks to the work of the underground professionals, who have made every effort to restore vital infrastructure for the people of Madrid as quickly as possible,')
d.s('place', 'Madrid', after='for the people of ')
d.q(sp, 'My sincere thanks for rising to the occasion, once again, in an exceptional and unprecedented situation.')
sp = d.s('speaker', "Portugal's acting prime minister, Louis Montenegro")   # role, then the name as apposition
d.s('place', 'Portugal', after='unprecedented situation."\n\n\n')   # the country the title is of
d.q(sp, "Portugal has asked the European Union Energy Regulators' Cooperation Agency for audit")   # an EU body's name: no place
d.s('place', 'Portugal', after='said that ')
d.q(sp, 'We want a thorough investigation into the causes of the blackout. We need quick and urgent answers.')   # his words, no new attribution
