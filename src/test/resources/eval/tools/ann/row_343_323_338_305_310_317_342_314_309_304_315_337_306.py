# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Thirteenth round: the blind part heldout13, 49 articles of 2024-2026
# (src/test/resources/samples/wikinews/wikinews_2024_2026.csv, read by make_gold.py as rows 295-343)
# drawn in the order
#
#   random.Random(2036).sample(range(295, 344), 49)
#   annotators A-D
#   this file (annotator D)  ->  [343, 323, 338, 305, 310, 317, 342, 314, 309, 304, 315, 337, 306]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "heldout13"

# ---------------- heldout13 ----------------
d = doc(343, "us-capture-maduro", SPLIT)
# "The BBC reports airstrikes in Caracas ...": the object of the verb (a noun phrase), no reported clause
d.s('place', 'Caracas')
d.s('place', 'La Carlota')                                     # a named airbase (settled: named sites)
d.s('place', 'Fort Tiuna')
d.s('place', 'United States', after='a military base where the ')
sp = d.s('speaker', 'local authorities')
d.q(sp, 'there has been civilian deaths and injuries')        # "but the exact numbers are still unknown": the writer's
sp = d.s('speaker', 'the BBC', after='It was also reported by ')   # the outlet's own report
d.q(sp, 'the operation was orchestrated by a CIA infiltration of the Venezuelan government')
sp = d.s('speaker', 'France 24')                               # the outlet's own report; "24" is part of its name
d.q(sp, 'the CIA had been monitoring his “every movement since August”, despite Maduro’s efforts to change location regularly')
d.q(sp, 'every movement since August')
# "It was also reported that ...": no one named
d.s('figure', 'more than 150 military aircraft')
d.s('figure', 'one helicopter')                                # "including one helicopter": a count
sp = sp_us = d.s('speaker', 'the United States authorities')
d.s('place', 'United States', after='According to the ')       # a country as modifier
d.q(sp, 'the Delta Force special operation force, arrived at Maduro’s location at “2:01 a.m. local time” and were able to capture him before he could get into his solid steel safe room')
d.q(sp, '2:01 a.m. local time')                                # a time of day, no figure
sp = d.s('speaker', 'Some sources')
d.q(sp, 'Trump said Maduro was almost in his safe room')
sp2 = d.s('speaker', 'Trump', after='Some sources reported that ')   # nested reported speech
d.q(sp2, 'Maduro was almost in his safe room')
sp2 = d.s('speaker', 'others', after='whilst ')
d.q(sp2, 'he was sleeping in his bed')
d.q(sp_us, 'indicted persons', after='They then relocated')       # the marks continue the authorities' account ("According to ..."); linked to them
d.s('place', 'Venezuela', after='coastline of ')
# "3:29 am": a time of day
sp = d.s('speaker', 'Trump', after='Trump later revealed')
d.q(sp, 'Maduro’s wife, Cilia Flores, was also captured, and both were on board the USS Iwo Jima (LHD-7) with destination the southern district of New York, ultimately to be prosecuted')
# "USS Iwo Jima": a ship's name
d.s('place', 'New York', after='southern district of ')       # "the southern district of New York": the name alone
sp = d.s('speaker', 'Attorney General Pam Bondi')              # the BBC and CNN only relay
d.q(sp, '[he will] face the full wrath of American justice on American soil in American courts')
d.q(sp, 'state‐sponsored gangs')                               # "announced an indictment for leading": object; the marked words are hers
# "Venezuelan authorities also reported other strikes": object; "said to be made ...": passive, no one named
sp = d.s('speaker', 'They', after='national emergency. ')     # "They, along with Cuba, ...": the subject pronoun as the mention
d.s('place', 'Cuba')
d.s('place', 'Colombia')
d.s('place', 'Iran')
d.s('place', 'Russia')
d.q(sp, 'serious military aggression')                         # "denounced the action as": the marked words
d.s('place', 'Argentine')                                      # "Argentine’s president": used as the country's name (possessor), not as an adjective
# "Javier Milei supported the action": no words reported
sp = d.s('speaker', 'Venezuela’s vice‐president, Delcy Rodríguez')   # role, then the name as apposition
d.s('place', 'Venezuela', after='Argentine’s president, Javier Milei supported the action. ')
# "called for Maduro and his wife to be released": an infinitive object
d.q(sp, 'the operation violated the country’s territorial integrity')
sp = d.s('speaker', 'The BBC', after='territorial integrity. ')   # the outlet's own statement
d.q(sp, 'these strikes follow a string of more than 30 strikes on Venezuelan vessels, and a strike on a “dock area” in Maracaibo, resulting in the death of more than 110 people')
d.s('figure', 'more than 30 strikes')
d.q(sp, 'dock area')
d.s('place', 'Maracaibo')
d.s('figure', 'more than 110 people')
sp = d.s('speaker', 'The Trump administration')
d.q(sp, 'it is engaging in “non‐international armed conflict with […] alleged drug traffickers”')
d.q(sp, 'non‐international armed conflict with […] alleged drug traffickers')
# "According to the BBC, legal experts doubt the legality ...": the BBC only relays; "doubt the legality": object
sp = d.s('speaker', 'legal experts')
d.q(sp, 'the strikes are not against "lawful military targets"')
d.q(sp, 'lawful military targets')
sp = d.s('speaker', 'Trump', after='According to CNN, ')        # "justified not advising Congress ...": object; the marked word is his
d.q(sp, 'leak')
# "US Justice Department": a country inside an official body's name
sp = d.s('speaker', 'an indictment', after='unsealed ')        # the document holds the charges ("in which ... charged with"), like "an order by ..."
d.q(sp, 'conspiracy to commit narco‐terrorism and conspiracy to import cocaine')
sp = d.s('speaker', 'Maduro', after='import cocaine”. ')  # the BBC only relays; "has denied this": no clause
d.q(sp, 'Trump’s actual goal is to get access to Venezuela’s oil reserves')   # "as indicated by ...": the writer's
d.s('place', 'Venezuela', after='get access to ')
d.s('place', 'United States', after='as indicated by the ')
# "several oil tankers": a bare quantifier

d = doc(323, "iran-shahid-rajaee-port-explosion", SPLIT)
sp = d.s('speaker', 'the Red Crescent Society')                # `according to X` after the sentence: the whole sentence is attributed
d.q(sp, 'On Saturday morning, an explosion occurred at the Shahid Rajaee port in Bandar Abbas, Iran, leaving at least 40 dead and over 1000 injured')
d.s('place', 'Shahid Rajaee port')                             # a named port (settled: named sites), head noun used with the name
d.s('place', 'Bandar Abbas')
d.s('place', 'Iran')
d.s('figure', 'at least 40 dead')
d.s('figure', 'over 1000 injured')
# "was reported to have been heard ...": no one named
d.s('figure', 'up to 31 miles')                                # "away" after stays out
# 'Photographs showed "twisted" ...': no speaker
d.s('figure', 'At least one roof')
sp = d.s('speaker', 'One of the people in the area')           # state TV only relays
d.q(sp, 'The entire warehouse was filled with smoke, dust and ashes. I don\'t remember if I went under the table or was thrown there by the blast')
# 'described as a "huge inferno."': passive, no one named
sp = d.s('speaker', 'One witness')                             # "One" only means "a"
d.q(sp, 'the fire spread quickly before causing the explosion')
sp = d.s('speaker', 'a crisis management official')
d.q(sp, 'the incident stemmed from "the explosion of several containers stored in the Shahid Rajaee Port wharf area,"')   # ", which were likely ...": the writer's hedge
d.q(sp, 'the explosion of several containers stored in the Shahid Rajaee Port wharf area,')
d.s('place', 'Shahid Rajaee Port wharf area')                  # a named area with its head nouns, like "Sandy Point area"
sp = d.s('speaker', 'One private maritime risk firm, Ambrey Intelligence')   # role, then the name as apposition
d.q(sp, 'the fire was caused by "improper handling of a shipment of solid fuel intended for use in Iranian ballistic missiles", "a shipment of sodium perchlorate rocket fuel [discharged] at the port in March 2025"')
d.q(sp, 'improper handling of a shipment of solid fuel intended for use in Iranian ballistic missiles')
d.q(sp, 'a shipment of sodium perchlorate rocket fuel [discharged] at the port in March 2025')
sp = d.s('speaker', 'The Financial Times newspaper')           # the outlet's own report
d.q(sp, 'two vessels had brought the fuel from China to Iran')
d.s('figure', 'two vessels')
d.s('place', 'China')
d.s('place', 'Iran', after='from China to ')
sp = d.s('speaker', 'Ambrey', after='to Iran. ')               # the BBC only relays
d.q(sp, "Iran's National Disaster Management Organisation had previously warned Shahid Rajaee port about chemical storage safety")
d.s('place', 'Iran', after='Ambrey reportedly noted that ')   # the country the body is of (possessor), not part of its name
d.s('place', 'Shahid Rajaee port', after='previously warned ')
d.s('figure', 'one full day')
# 'characterized as expelling "thick columns ..."': passive, no one named

d = doc(338, "pennsylvania-hotdog-spill", SPLIT)
# "9:00 a.m. EDT (1300 UTC)": times of day
d.s('figure', 'thousands of hot dogs')
d.s('place', 'Interstate 83')                                  # a named road, like "Interstate 75" (row 186)
d.s('place', 'York County')
d.s('place', 'Pennsylvania')
d.s('figure', 'two other vehicles')
# "Several people": a bare quantifier
d.s('place', 'York Hospital')                                  # a named building
sp = d.s('speaker', 'authorities', after='although ')
d.q(sp, 'those were not life threatening')
sp = d.s('speaker', 'the owner of a business located near the crash site')
d.q(sp, 'We heard a loud bang, and then we heard about three more loud bangs. We knew it was a tire first, blowout here on 83. But then after that, we knew there was some other type of accident because it went on for a minute or two.')
d.s('figure', 'about three more loud bangs')
d.s('place', '83', after='blowout here on ')                   # the interstate by its number: a name, not a figure
d.s('figure', 'a minute or two')                               # a duration
# "A photo posted by Shrewsbury Volunteer Fire Company showed ...": no speech; "both directions": no count
sp = d.s('speaker', 'The Independent')                         # the outlet's own report
d.q(sp, 'commutes were delayed by "at least a half an hour,"')
d.q(sp, 'at least a half an hour,')
d.s('figure', 'at least a half an hour')
# "allegedly involved rakes": no one named
sp = d.s('speaker', 'Brad Dauberman')                          # "who serves as ... chief" after the name
d.s('place', 'Shrewsbury', after='who serves as ')             # the place the title is of
d.s('place', 'Pennsylvania', after='who serves as Shrewsbury, ')
d.q(sp, 'Once those [dogs] leave the truck and hit the road, that’s all garbage, and it’s still pretty warm. [...] I can tell you personally, hot dogs are very slippery. I did not know that.')
sp = d.s('speaker', 'Dauberman', after='I did not know that." ')
d.q(sp, 'in order to complete the task, they were required to use a front-end loader in order to scoop up clods of meat to be jettisoned into a dump truck')
d.s('figure', 'over one thousand pounds of hotdogs')
# "The Pennsylvania State Police": a body's name

d = doc(305, "luigi-mangione-terrorism-charge", SPLIT)
sp = d.s('speaker', 'New York District Attorney Alvin Bragg')
d.s('place', 'New York', after='On Tuesday, ')                 # the place the title is of
d.q(sp, 'Luigi Mangione, 26, had been charged with first-degree murder in relation to the killing of UnitedHealthcare CEO Brian Thompson in Manhattan, New York, United States on December 4')
d.s('figure', '26')                                            # an age; "first-degree": an ordinal
d.s('place', 'Manhattan')
d.s('place', 'New York', after='Manhattan, ')
d.s('place', 'United States')
sp = d.s('speaker', 'Bragg', after='December 4. ')
d.q(sp, 'Mangione carried out the attack with the intent to "sow terror."')
d.q(sp, 'sow terror.')
sp = d.s('speaker', 'A post-9/11 law in New York State')       # the law's own wording in marks ("allowed ... if the defendant"), a document as speaker
d.s('place', 'New York State')
d.q(sp, 'intended to intimidate or coerce a civilian population, influence the policies of a unit of government by intimidation or coercion and affect the conduct of a unit of government by murder, assassination or kidnapping.')
# "Mangione's lawyer did not comment": no words
sp = d.s('speaker', 'he', after='However, ')
d.q(sp, "he had yet to see evidence that would tie his defendant's weapon to Thompson's killing")
d.s('figure', 'two additional counts')                         # "second-degree": an ordinal
d.s('place', 'State Correctional Institution Huntingdon')      # a named prison (settled: named sites)
d.s('place', 'Huntingdon', after='Huntingdon, in ')
d.s('place', 'Pennsylvania')
# "December 19": a date
d.s('place', 'New York', after='extradition to ')
d.s('place', 'Pennsylvania', after='gun charges in ')
# "McDonald's": a company
d.s('place', 'Altoona')
d.s('place', 'Pennsylvania', after='Altoona, ')
sp = d.s('speaker', 'Police', after='December 9, after an employee recognized and reported him.\n\n\n')   # CBS News only relays
d.q(sp, 'he became "visibly nervous" and started shaking when asked if he had been to New York recently')
d.q(sp, 'visibly nervous')
d.s('place', 'New York', after='if he had been to ')
sp = d.s('speaker', 'The authorities', after='CBS News reported. ')   # "charged X with": the marked charges are theirs
d.q(sp, 'carrying a gun without a license, forgery, falsely identifying himself to the authorities and possessing instruments of crime,')
d.s('place', 'Australia')                                      # "Australia's ABC News": the country as possessor, not in the outlet's name
sp = d.s('speaker', 'Police', after="Australia's ABC News reported.")   # ABC News only relays
d.q(sp, 'he was found in possession of a "ghost gun" and a silencer that was consistent with the one used to slay Thompson')
d.q(sp, 'ghost gun')
sp = d.s('speaker', 'CBS News', after='hostel in Manhattan, ')  # the outlet's own report
d.q(sp, 'He was also found in possession of fake IDs that were consistent with the ones he used while staying at a hostel in Manhattan')
d.s('place', 'Manhattan', after='staying at a hostel in ')
sp = d.s('speaker', 'BBC News Online')                         # the outlet's own report
d.q(sp, 'The suspect was found carrying a large sum of cash, some of which was foreign currency')
sp = d.s('speaker', 'Authorities', after='BBC News Online reported.')
d.q(sp, 'the suspect had a handwritten note about health insurance companies supposedly prioritising profits over customer care')
# "CBS News reported that ...": CBS only relays the NYPD; New York inside the department's name
sp = d.s('speaker', 'the New York Police Department')
d.q(sp, 'Mangione was never a UnitedHealthcare client')
sp = d.s('speaker', 'officials', after='UnitedHealthcare client and ')
d.q(sp, "he targeted Thompson because of the company's significant size and influence")
sp = d.s('speaker', 'New York Police Commissioner Jessica Tisch')
d.s('place', 'New York', after="size and influence.\n\n\n")    # the city the title is of
d.q(sp, 'any attempt to rationalize this is vile, reckless and offensive to our deeply held principles of justice.')
d.s('place', 'Maryland')
sp = d.s('speaker', 'NYPD Chief of Detectives Joseph Kenny')
d.q(sp, 'prior to Mangione\'s arrest, his mother, who had reported her son missing on November 18, told the FBI that the murder "might be something that she could see him doing."')
sp2 = d.s('speaker', 'his mother')                             # nested reported speech; the FBI only receives it
d.q(sp2, 'the murder "might be something that she could see him doing."')
d.q(sp2, 'might be something that she could see him doing.')

d = doc(310, "asteroid-2024-yr4-impact-risk", SPLIT)
# "February 7", "December 22, 2032": dates; "2024 YR4": a name
sp = d.s('speaker', 'NASA and the European Space Agency')
d.q(sp, 'they estimated that the chances of the asteroid 2024 YR4 striking earth on December 22, 2032 had nearly doubled to 2.2%, up from 1.2% as estimated by the International Asteroid Warning Network (IAWN)')
d.s('figure', '2.2%')
d.s('figure', '1.2%')
# "earth", "Earth": not geographic locations (rows 229, 105)
sp = d.s('speaker', 'NJ.com')                                  # the outlet's own wording ("was said to ... according to")
d.q(sp, '[work] out to approximately a one-in-45 chance of direct impact, which also means a 44-in-45 chance of a miss')
d.s('figure', 'approximately a one-in-45 chance')              # odds, like "one out of every thousand children"
d.s('figure', 'a 44-in-45 chance')
sp = d.s('speaker', 'Astronomers')
d.q(sp, 'the asteroid is the size of a football field')
d.q(sp, 'an asteroid of that size could equal the force of a nuclear bomb if it struck Earth')   # "and noted that ...": a second reported clause
# "a level 3 out of 10 rating on the Torino Impact Hazard Scale": a rank on a scale, like "Category 5"
# 'which is regarded as "a close encounter ..."': passive, no one named
sp = d.s('speaker', 'Paul Chodas')                             # ", the director of ..." after the name
d.q(sp, "[the likelihood of impact] could fall to zero almost any day now [...] but we don't know that.")
sp = d.s('speaker', 'He', after="we don't know that.\" ")
d.q(sp, 'scientists are running out of time to observe the asteroid')
d.q(sp, 'they would not be able to study it again until 2028')
sp = d.s('speaker', 'The European Space Agency', after='until 2028.')   # "(ESA)" in brackets stays out
d.q(sp, 'although it is overwhelmingly likely the asteroid will safely pass the planet by without incident, an impact "cannot yet be entirely ruled out."')
d.q(sp, 'cannot yet be entirely ruled out.')
sp = d.s('speaker', 'The agency')
d.q(sp, "It is possible that asteroid 2024 YR4 will fade from view before we are able to entirely rule out any chance of impact in 2032. In this case, the asteroid will likely remain on ESA's risk list until it becomes observable again in 2028.")
sp = d.s('speaker', "IAWN's notification")
d.q(sp, 'if the asteroid were to impact earth, it would most likely strike in the ocean')
sp = d.s('speaker', 'astronomers', after='In 2004, ')
d.q(sp, 'another asteroid, named 99942 Apophis had a 2.7% chance of striking Earth in 2029')   # "but further observations ruled out ...": the writer's
d.s('figure', '2.7% chance')                                   # "99942 Apophis": a name

d = doc(317, "rfk-jr-autism-cause-by-september", SPLIT)
# "U.S. Department Health and Human Services Secretary": a country inside an official body's name;
# "announced ... a new initiative to determine ...": the object of the verb; "April 10", "September 2025": dates
d.s('place', 'United States')                                  # "United States President": the country the title is of
sp = d.s('speaker', 'Kennedy', after='where ')                 # "detailed a ... effort": object; the marked words are his
d.q(sp, 'massive testing and research effort')
d.s('figure', 'hundreds of scientists')
# "The stated goal was ...": no one named
sp = d.s('speaker', 'Trump', after='\n\n\n')
d.q(sp, 'a supposedly artificial cause exists')               # "responded by suggesting that ..."
d.q(sp, 'There’s got to be something artificial out there that’s doing this. If you can come up with that answer, where you stop taking something, eating something, or maybe it’s a shot. But something’s causing it.')
sp = d.s('speaker', 'Kennedy', after="causing it.\"\n\n\n")    # Fox News only receives the words
d.q(sp, 'the initiative would involve comprehensive studies')
d.q(sp, "We're going to look at vaccines, but we're going to look at everything. Everything is on the table, our food system, our water, our air, different ways of parenting, all the kind of changes that may have triggered this epidemic.")
sp = d.s('speaker', 'leading autism advocacy groups and scientific experts')   # "who argue that": the relative pronoun stays out
d.q(sp, 'the timeline is unrealistic and the research premise flawed')
# "Critics point to ... as a troubling sign": no reported clause; "Autism Society of America": an organisation
sp = d.s('speaker', 'whose president')                         # the mention at the attribution; "labeled the plan" + marked words
d.q(sp, 'harmful, misleading, and unrealistic.')
sp = d.s('speaker', 'Reports')                                 # "Reports indicated ...", like "eyewitness reports" (row 68)
d.q(sp, 'there was no budget or otherwise transparent document published about how the research into the cause of autism would be conducted')
# "Scientific consensus rejects the theory that ...": object; "a 1998 study": a date; "was reportedly attributed":
# no one named; "recent decades": no number

d = doc(342, "mamdani-wins-nyc-mayoral-election", SPLIT)
d.s('place', 'New York City')                                  # "New York City residents": a place as modifier
# "For weeks": no number
d.s('place', 'Hamilton Heights')                               # "the Hamilton Heights part of Manhattan": the name alone
d.s('place', 'Manhattan')
# "all of them reported voting for Mamdani": a gerund object, no quote
sp = d.s('speaker', 'a German American')                       # the relative clause after the noun stays out; "German American": a demonym, no place
d.q(sp, 'He listens to people and sees what people want and why they voted for other people, as well,')
sp = d.s('speaker', 'Her husband')
d.q(sp, 'he wanted to see "a change in politicians ... I voted for a new guard. The city needs that,"')   # the reported clause runs into the marked words
sp2 = d.s('speaker', 'he', after='The city needs that," ')     # "he added": the marked words' attribution
d.q(sp2, 'a change in politicians ... I voted for a new guard. The city needs that,')
d.q(sp2, 'he voted for Mark Levine')                          # "also mentioning that ..."
sp = d.s('speaker', 'Maria Nuñez')                             # "Speaking through an interpreter" belongs to the verb
d.q(sp, 'she was voting for the first time')                  # "the first time": an ordinal
sp = d.s('speaker', 'She', after='motivated her to vote. ')
d.q(sp, 'the councilmember says things that are, "...different from the other [politicians]."')
d.q(sp, '...different from the other [politicians].')
sp = d.s('speaker', 'Another woman')                           # "added context to why ...:" introduces her words
d.q(sp, 'I feel like change is sometimes difficult, but maybe necessary.')
# "she listed housing ... as issues": object, no quote
sp = d.s('speaker', 'the German American')
d.q(sp, 'ABC: Anything But Cuomo,')
d.s('place', "New York City's District 7")                     # a district named within the city, one span like "Russia's Far East"
sp = d.s('speaker', 'Okporo', after='to the community," ')     # "Wikimedia New York City": an organisation, no place
d.q(sp, 'I love housing that is affordable for New Yorkers. But people in the community are saying the people [working on this nearby housing project] "...do not have a connection to the community,')
sp2 = d.s('speaker', 'people in the community')                # reported speech inside the direct quote
d.q(sp2, 'the people [working on this nearby housing project] "...do not have a connection to the community,')
d.q(sp2, '...do not have a connection to the community,')
d.q(sp, 'This is just a sample of what is happening all over West Harlem and Hamilton Heights.')   # after the attribution: a second span
d.s('place', 'West Harlem')
d.s('place', 'Hamilton Heights', after='West Harlem and ')
sp = d.s('speaker', 'Okporo', after='gets to have a say," ')
d.q(sp, "I thought politics would have been a way to fight for these changes in our community, but I learned quickly that politics is not just the place for ideas, it's a place for where the highest bidder gets to have a say,")
d.q(sp, 'No voice should be a monopoly.')

d = doc(314, "cory-booker-marathon-senate-speech", SPLIT)
d.s('place', 'US')                                             # "US Senator": the country the title is of
d.s('figure', '25 hours and four minutes')                     # one duration
d.s('figure', '25 hours and either 4 or 5 minutes')
# "in 1957": a date
d.s('figure', '24 hours and 18 minutes')
# "the Civil Rights Act": a law's name; "7:00 p.m. Monday (2300 UTC)": a time
sp = d.s('speaker', 'Booker', after='good trouble," ')          # "began" introduces his words: interrupted, two spans
d.q(sp, 'I rise tonight with the intention of getting in some good trouble,')
d.q(sp, 'I rise with the intention of disrupting the normal business of the United States Senate for as long as I am physically able. ... The threats to the American people and American democracy are grave and urgent, and we all must do more to stand against them.')
# "United States Senate": a body's name
sp = d.s('speaker', 'The senator', after='stand against them."\n\n\n')   # "spoke against ...": the marked words are his
d.s('place', 'U.S.', after='spoke against ')                   # "U.S. President": the country the title is of
d.q(sp, '...cozying up to Putin,')
# "Russian President": an adjective; "Numerous other legislators interjected questions": no words
d.s('figure', 'thousands of comments')
# "read letters from Americans commenting on ...": no reported clause
sp = d.s('speaker', 'a legislator')                            # an indirect question is reported speech
d.q(sp, "what families in New Jersey were saying about President Trump's cutting of funding to the US Department of Education")
d.s('place', 'New Jersey')
# "US Department of Education": a country inside an official body's name
d.s('place', 'New Jersey', after='is a senator from ')
# "in 2026": a date
d.s('place', 'U.S.', after='in the 2024 ')                     # lowercase "presidential election": the country as modifier
# "One NBC poll showed ...": "One" means "a"; no speech; "Some political commentary framed ...": no reported clause
sp = d.s('speaker', 'Booker', after='Late in the evening of April 1, ')   # he sent the message that "read"
d.q(sp, "... it's Cory Booker:\n\n\nI just walked off the Senate floor. I may be tired and a little hoarse, but as I said again and again, this is a moment where we cannot afford to be silent. We must speak up. I am filled with hope. My team just told me that tens of thousands of you have voiced your support for my remarks on the Senate floor.")
sp2 = d.s('speaker', 'My team')                                # reported speech inside the direct quote
d.q(sp2, 'tens of thousands of you have voiced your support for my remarks on the Senate floor')
d.s('figure', 'tens of thousands of you')
d.s('place', 'New Jersey', after='Booker is ')
d.s('figure', '55 years old')

d = doc(309, "black-sabbath-final-show", SPLIT)
# "it was announced": no one named
d.s('place', 'UK')                                             # "UK heavy metal music act": the country as modifier
# "“The Back to the Beginning” show": a show's name in marks, no quote; "July 5, 2025": a date
d.s('place', 'Villa Park')                                     # a named stadium
d.s('place', 'Birmingham')
d.s('place', 'England')
d.s('figure', '20 years')
# "in 2012", "in 2017": dates; "final studio album 13": a title
d.s('figure', '81-date')                                       # a count as a modifier, like "two-legged"
sp = d.s('speaker', 'the band', after='sold-out crowd, ')      # "expressed their desire to ...": object; the marked word is theirs
d.q(sp, 'proper')
# "Metallica, Slayer, Pantera and others": bands
sp = d.s('speaker', 'BBC News Online')                         # the outlet's own report ("was also said to")
d.q(sp, 'the performance was also said to feature a "supergroup" comprised of Morello, Smashing Pumpkins frontman Billy Corgan, Guns N\' Roses guitarist Slash, Limp Bizkit frontman Fred Durst, and Wolfgang Van Halen')
d.q(sp, 'supergroup')
sp = d.s('speaker', 'Sharon Osbourne')
d.q(sp, "they would be performing covers of songs from Black Sabbath and Osbourne's back catalogue")
sp = d.s('speaker', 'Tom Morello', after="back catalogue. ")   # ", the event's musical director," after the name
d.q(sp, 'greatest heavy metal show ever.')                     # "called it the": the marked words
sp = d.s('speaker', 'Tony Iommi', after='show ever."\n\n\n')
d.q(sp, 'It’s been an incredible journey, but it’s only fitting that it ends here, where it all began in Aston. [...] None of this would’ve been possible without Ozzy, Geezer, and Bill. What we created together was bigger than any one of us, and I’ll always be grateful for that.')
d.s('place', 'Aston')
sp = d.s('speaker', 'Geezer Butler', after='According to ')
d.q(sp, "It'll be the first time the Black Sabbath played has played in Aston since we used to live there. And where we wrote most of our first album — places like Aston Community Center and Burlington Hall down High Street. [...] So it's a return home for us when it all started and it will be a very special occasion for us all.")
d.s('place', 'Aston', after='has played in ')
d.s('place', 'Aston Community Center')                         # named buildings and a street (settled: named sites)
d.s('place', 'Burlington Hall')
d.s('place', 'High Street')
d.s('figure', '76-year-old')
# "in 2020", "in 2023": dates; "Parkinson's disease": an illness
sp = d.s('speaker', 'Osborne')
d.q(sp, 'he planned to open with a solo set "before joining with Black Sabbath for his final bow."')
d.q(sp, 'before joining with Black Sabbath for his final bow.')
sp = d.s('speaker', 'He', after='final bow." ')
d.q(sp, 'Time for me to give back to the place where I was born. [...] How blessed am I to do it with the help of people whom I love. Birmingham is the true home of metal. Birmingham Forever.')
d.s('place', 'Birmingham', after='whom I love. ')
d.s('place', 'Birmingham', after='true home of metal. ')
# "were said to be donated": passive, no one named; "Birmingham Children's Hospital": named as a charity, an organisation
sp = d.s('speaker', 'his wife, Sharon Osbourne')               # role, then the name as apposition
d.q(sp, "[Ozzy's] doing really great. He’s so excited about this, about being with the guys again and all his friends. It's exciting for everyone. Ozzy didn’t have a chance to say goodbye to his friends, to his fans.")
sp = d.s('speaker', 'She', after='to his fans." ')
d.q(sp, 'Osbourne felt there hadn’t been proper closure')
d.q(sp, 'This is his full stop.')                              # her words, no new attribution
sp = d.s('speaker', 'Osbourne', after='his full stop." ')      # "himself" stays out
d.q(sp, "I'm not going to get up there and do a half-hearted Ozzy looking for sympathy. What's the [expletive] point in that? I'm not going up there in a [expletive] wheelchair.")
d.s('place', 'Birmingham', after='formed in 1968 in ')
d.s('figure', '75 million copies')

d = doc(304, "south-korea-yoon-impeached", SPLIT)
d.s('figure', '300-member')
# "National Assembly of the Republic of Korea", "Constitutional Court of Korea": official bodies' names, like
# "the Congress of the Philippines" (row 223); "South Korean president": an adjective
d.s('figure', '204 to 85')                                     # a vote count, like "230-to-198"
# "months of political adversity": no number; "which he justified under the pretense of ...": object
# "last week": no number; "People Power Party": a party
d.s('figure', 'Twelve party members')
d.s('figure', '85', after='and another ')                      # "another 85 [members]"; "another" stays out
sp = d.s('speaker', 'Han', after='acting president. ')
d.q(sp, 'his goal was to restore "normalcy" to the people of South Korea')
d.q(sp, 'normalcy')
d.s('place', 'South Korea', after='to the people of ')
# "the first South Korean president": an ordinal, an adjective
sp = d.s('speaker', 'Democratic Party leader Lee Jae-myung')   # "lauded the decision": object
d.q(sp, 'the people are owners of this country.')
sp = d.s('speaker', 'Yoon', after='owners of this country."\n\n\n')   # "himself" stays out; BBC only relays
d.q(sp, 'the vote was but a minor setback in his presidency')  # "expressed his view that": the view's content is his
d.q(sp, 'never give up')
sp = d.s('speaker', 'He', after='BBC reported. ')
d.q(sp, 'I will take your criticism, praise, and support to the heart and do my best for the country until the end.')
sp = d.s('speaker', 'BBC', after='180 days to make a decision, ')   # the outlet's own report
d.q(sp, 'The decision still required ratification by the Constitutional Court of Korea, which has 180 days to make a decision')
d.s('figure', '180 days')
d.s('figure', '60 days')                                       # "within" stays out
sp = d.s('speaker', 'Constitutional Court Acting Chief Justice Moon Hyung-bae')
d.q(sp, 'the trial would be "speedy and fair."')
d.q(sp, 'speedy and fair.')
sp = d.s('speaker', 'BBC', after='"bitter cold", ')            # the outlet's own report
d.q(sp, 'The motion was met with celebratory fireworks and song outside the National Assembly from thousands of dissenters, in the "bitter cold"')
d.s('figure', 'thousands of dissenters')
d.q(sp, 'bitter cold')
sp = d.s('speaker', 'NPR')                                     # the outlet's own report
d.q(sp, 'many were seen waving light sticks often seen at K-pop concerts')
# "Polling data suggested that ...": data, no one speaking (like "current evidence suggested" in row 298)
d.s('figure', 'three-quarters of South Koreans')
# "in 2016": a date

d = doc(315, "atlanta-horse-found-dead", SPLIT)
d.s('place', 'Atlanta')                                        # "the downtown area of Atlanta": the name alone
d.s('place', 'Georgia')
d.s('place', 'US')
# "Unity National Bank": a company
d.s('place', 'Peachtree Street')                               # named streets locating the ATM
d.s('place', 'Martin Luther King Jr. Drive')
sp = d.s('speaker', 'Jon Birdsong')                            # ", the owner of the building ..." after the name
d.q(sp, 'authorities attempted to give the horse food and water in an attempt to save it, placing a white tarp over it')
sp = d.s('speaker', 'The Atlanta Police Department')           # Atlanta inside a body's name
d.q(sp, 'it was "aware of the unfortunate incident,"')
d.q(sp, 'aware of the unfortunate incident,')
# "911 calls": a number in a name; "4:27 a.m. UTC Sunday": a time
sp = d.s('speaker', 'One caller')                              # "One" only means "a"
d.q(sp, 'they had witnessed "multiple males" horseback riding through the area earlier in the night')
d.q(sp, 'multiple males')
sp = d.s('speaker', 'Fox 5 Atlanta')                           # the outlet's own report; its name, no place or figure
d.q(sp, 'the horse was still laying on the sidewalk at 3:15 p.m. UCT, nearly eleven hours later')
d.s('figure', 'nearly eleven hours')
# "Atlanta Fire Rescue Department": a body's name
sp = d.s('speaker', 'Authorities', after='remove the horse\'s body. ')   # "advised the public to ...": object; the marked words are theirs
d.q(sp, 'safe and respectful')
sp = d.s('speaker', 'The Atlanta Police Department', after='respectful" manner.\n\n\n')
d.q(sp, 'they had identified and notified the horse\'s owner, who expressed belief that the horse may have suffered some sort of "medical emergency."')
sp2 = d.s('speaker', "the horse's owner")                      # "who expressed belief that ...": nested, the belief's content is the owner's
d.q(sp2, 'the horse may have suffered some sort of "medical emergency."')
d.q(sp2, 'medical emergency.')
sp = d.s('speaker', 'Birdsong', after='It was later stated by ')
d.q(sp, 'the horse was purchased at auction only ten days prior')   # "though as of Monday, it was not immediately clear ...": the writer's
d.s('figure', 'ten days', after='only ')                       # "only" stays out
d.s('place', 'Atlanta', after='brought a horse into downtown ')
sp = d.s('speaker', 'Laurie Wilson')                           # Atlanta First News only relays; the role after the name stays out
d.s('place', 'Cobb County')
d.s('place', 'Georgia', after='Cobb County, ')
d.q(sp, 'I find it very unusual to see any horse in downtown Atlanta, much less that situation. [...] I saw nothing as far nothing as from a neglect standpoint. The horse looked very taken care of. [...] It is weird that it happened in downtown Atlanta, and then the horse is left laying here with no equipment.')
d.s('place', 'Atlanta', after='see any horse in downtown ')
d.s('place', 'Atlanta', after='it happened in downtown ')
# "No further information was released": no one named
sp = d.s('speaker', 'A local real estate company')
d.q(sp, "they were reviewing security camera footage available to them to help answer questions regarding the horse's death, with help from the city's agricultural department and animal control center")
d.s('place', 'Tennessee')
# "404 Day": a festivity's name
sp = d.s('speaker', 'The original statement made by police')   # a statement as the speaker ("said")
d.q(sp, 'they were called about the horse at 12:27 a.m. local time on Sunday')

d = doc(337, "us-strikes-iranian-nuclear-sites", SPLIT)
d.s('place', 'United States')
d.s('figure', 'three Iranian nuclear sites')
d.s('place', 'Fordow')                                         # named sites
d.s('place', 'Natanz')
d.s('place', 'Isfahan')
# "June 21 and 22": dates
d.s('place', 'Iran', after='aimed at disabling ')
# "Operation Midnight Hammer": an operation's name
d.s('place', 'U.S.', after='designated Operation Midnight Hammer by the ')   # "the U.S. military": the country as modifier
d.s('place', 'Washington')
sp = d.s('speaker', 'the U.S. Department of Defense')          # a country inside an official body's name
d.q(sp, 'the first bombs were dropped on the Fordow site at approximately 6:40 p.m. Eastern Daylight Time (2240 UTC) on Saturday, as part of a coordinated strike involving seven B-2 Spirit stealth bombers')
d.s('place', 'Fordow site')                                    # the site with its head noun
d.s('figure', 'seven B-2 Spirit stealth bombers')              # "B-2": a model's name
# "U.S. Navy": a body's name
d.s('figure', '18-hour')                                       # a duration as a modifier
d.s('place', 'United States', after='18-hour flight from the ')
d.s('figure', 'fourteen 30,000-pound GBU-57/B Massive Ordnance Penetrator (MOP) bunker buster bombs')   # one quantity, like "two 12-roll packs"; "a total of" stays out
sp = d.s('speaker', 'Air Force General Dan Caine')             # ", chairman of ..." after the name
d.q(sp, 'this marked the first operational use of the GBU-57')
sp = d.s('speaker', 'General Caine')
d.q(sp, 'he agreed with President Donald Trump\'s assessment that "no other military in the world could have done this,"')
sp2 = d.s('speaker', 'President Donald Trump', after='he agreed with ')   # the assessment's content is Trump's (a speech noun)
d.q(sp2, 'no other military in the world could have done this,')
d.s('place', 'United States', after='demonstration of the ')   # "the United States' reach": the country as possessor
d.q(sp, 'unmatched reach, coordination and capability.')       # "praised the mission as ...": the marked words are his
sp = d.s('speaker', 'the U.S. Department of Defense', after='capability."\n\n\n')
d.q(sp, 'the operation included deception tactics involving decoy aircraft flying west over the Pacific Ocean to conceal the true direction and intent of the main strike package')
d.s('place', 'Pacific Ocean')
sp = d.s('speaker', 'Defense Secretary Pete Hegseth')
d.q(sp, 'the mission was not intended as a regime change effort, but rather a precision operation "to neutralize the threats to our national interests posed by the Iranian nuclear program and [in support of] the collective self-defense of our troops and our ally, Israel."')
d.q(sp, 'to neutralize the threats to our national interests posed by the Iranian nuclear program and [in support of] the collective self-defense of our troops and our ally, Israel.')
d.s('place', 'Israel')
# "Hours after": no number; "Iranian Foreign Minister": an adjective
sp = d.s('speaker', 'Iranian Foreign Minister Abbas Araghchi')   # "condemned the U.S. action": object
d.s('place', 'U.S.', after='condemned the ')
d.q(sp, 'the time for diplomacy had ended')
d.q(sp, 'Iran had the right to defend itself')                # "and that ...": a second reported clause
d.s('place', 'Iran', after='ended and that ')
sp = d.s('speaker', 'Araghchi', after='act of aggression," ')    # the Associated Press only relays
d.q(sp, 'The warmongering, a lawless administration in Washington is solely and fully responsible for the dangerous consequences and far reaching implications of its act of aggression,')
d.s('place', 'Washington', after='lawless administration in ')
d.s('place', 'Turkey')

d = doc(306, "boric-south-pole-visit", SPLIT)
# "Chilean president": an adjective
sp = d.s('speaker', 'his office')                              # `according to X` after the sentence
d.q(sp, 'Chilean president Gabriel Boric has made a historic trip to the South Pole to reaffirm his country’s "sovereignty claim" over its part of Antarctica')
d.s('place', 'South Pole')
d.q(sp, 'sovereignty claim')
d.s('place', 'Antarctica')
# "has been hailed as ...": passive, no one named; "the first sitting head of state": an ordinal
d.s('place', 'South Pole', after='in history to reach the ')
# '"Operation Polar Star III,"': an operation's name in marks, no quote
d.s('place', 'Chile', after='which reaffirmed ')
d.s('place', 'Antarctica', after='commitment to ')
sp = d.s('speaker', 'his office', after='8pm GMT, ')            # "..., his office reported."
d.q(sp, 'Accompanied by his defense and environment ministers, as well as three military commanders, the Chilean leader arrived at the Amundsen-Scott South Pole Station, a U.S. research base, at 8pm GMT')
d.s('figure', 'three military commanders')
d.s('place', 'Amundsen-Scott South Pole Station')              # a named research station (settled: named sites)
d.s('place', 'U.S.', after='South Pole Station, a ')           # "a U.S. research base": the country as modifier
sp = d.s('speaker', 'his office', after='as stated by ')
d.q(sp, 'Boric is the first Latin American leader to reach the planet’s southernmost point')
sp = d.s('speaker', 'Boric', after='milestone for us," ')       # Chilean television only broadcasts
d.q(sp, 'This is a milestone for us,')
d.q(sp, 'It is the first time a Chilean president has come to the South Pole and talked about Chile’s Antarctic mission.')
d.s('place', 'South Pole', after='has come to the ')
d.s('place', 'Chile', after='talked about ')
d.s('figure', 'approximately two hours')
d.s('place', 'U.S.', after='two hours at the ')                # "the U.S. outpost": the country as modifier
sp = d.s('speaker', 'he', after='over part of Antarctica, ')
d.q(sp, 'This trip is a confirmation of our claim to sovereignty')
d.s('place', 'Antarctica', after='over part of ')             # "over part of Antarctica": the writer's, outside the marks
# "the 20th century": an ordinal
d.s('place', 'Chile', after='countries like ')
d.s('place', 'France')
d.s('place', 'U.S.', after='France, the ')
d.s('place', 'UK')
d.s('place', 'Argentina')
d.s('place', 'Japan')
d.s('place', 'Antarctica', after='research stations in ')
# "Since 1961": a date; "the Antarctic Treaty": a document's name
d.s('place', 'Antarctica', after='activities in ')
sp = d.s('speaker', 'The U.S. State Department')               # a country inside an official body's name
d.q(sp, 'seven countries, including Chile, maintain territorial claims in Antarctica, but, "...the United States and most other countries do not recognize those claims."')
d.s('figure', 'seven countries')
d.s('place', 'Chile', after='seven countries, including ')
d.s('place', 'Antarctica', after='territorial claims in ')
d.q(sp, '...the United States and most other countries do not recognize those claims.')
d.s('place', 'United States', after='"...the ')
d.s('place', 'Punta Arenas')
d.s('place', 'Chile', after='in southern ')                    # "southern Chile": the name alone
d.s('place', 'Chile', after='he reached ')                     # "Chile’s research station": the country as possessor
d.s('place', 'Union Glacier')
d.s('place', 'Antarctica', after='Union Glacier in ')
# "Hercules C-130": a plane's model
sp = d.s('speaker', 'his office', after='in the region," ')
d.q(sp, 'Boric’s visit comes at a "critical time for Chile’s scientific endeavors in the region,"')
d.q(sp, 'critical time for Chile’s scientific endeavors in the region,')
d.s('place', 'Chile', after='critical time for ')
sp = d.s('speaker', 'a statement from the presidency')         # `according to X` after the sentence
d.q(sp, 'In the past, Chile has focused its research in the northern part of Antarctica, but the South American country hopes to expand its efforts to the Bellingshausen and Weddell Seas')
d.s('place', 'Chile', after='In the past, ')
d.s('place', 'Antarctica', after='northern part of ')
d.s('place', 'Bellingshausen and Weddell Seas')                 # two seas sharing one head noun: one span
sp = d.s('speaker', 'Boric', after='moment for Chile," ')
d.q(sp, 'This is a historic moment for Chile,')
d.s('place', 'Chile', after='This is a historic moment for ')
d.q(sp, 'It is an honor to be the first president to visit this place. To see the Chilean flag among the 12 representing the signatories of the Antarctic Treaty fills me with pride.')
d.s('figure', '12', after='Chilean flag among the ')           # "the 12 [flags]"
d.s('place', 'Chile', after='emphasizes ')
d.s('place', 'Antarctica', after='strategic interest in ')
d.s('place', 'Chile', after='over time. ')
