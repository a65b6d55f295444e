# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". A seventh held-out part "heldout7". Sixteen rows drawn at random from the 41
# Wikinews rows with 1.5-4.5 KB of text (UTF-8) and at least six quotation marks (" “ ”) that were not
# yet in the set (by url and text); this file holds the first 8 of the draw, kept in the order drawn
# (another helper annotates the last 8: 150, 154, 44, 224, 113, 177, 21, 119):
#
#   rows = wikinews_2019.csv rows + wikinews_2020.csv rows (csv.DictReader, file order)
#   gold = every document of wikinews-gold.jsonl (before this round's files were added)
#   candidates = [i for i, r in enumerate(rows)
#                 if 1500 <= len(r['text'].encode('utf-8')) <= 4500
#                 and sum(r['text'].count(c) for c in '"“”') >= 6
#                 and r['url'] not in {g['source'] for g in gold}
#                 and r['text'] not in {g['text'] for g in gold}]          # 41 rows
#   random.Random(2033).sample(candidates, 16)
#     ->  [167, 50, 39, 166, 243, 234, 68, 294, 150, 154, 44, 224, 113, 177, 21, 119]
#   this file: the first 8  ->  [167, 50, 39, 166, 243, 234, 68, 294]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "heldout7"

# ---------------- heldout7 ----------------
d = doc(167, "american-samoans-citizenship-ruling-stayed", SPLIT)
sp = d.s('speaker', 'United States District Judge Clark Waddoups')
d.s('place', 'United States', after='On Friday, ')           # a country as modifier of the title, like "U.S. District Judge" (row 37)
# "reconsidered his decision ... — that ...": the content of his ruling, read like "ruled" (row 37)
d.q(sp, 'people born in American Samoa are United States citizens and not merely U.S. nationals')
d.s('place', 'American Samoa', after='people born in ')
d.s('place', 'United States', after='American Samoa are ')   # "United States citizens": country as modifier
d.s('place', 'U.S.', after='not merely ')
sp = d.s('speaker', 'Waddoups', after='On Thursday, ')
d.q(sp, 'denying American Samoans citizenship violated the Fourteenth Amendment to the United States Constitution')
# ", which established the country's policy ...": the writer's explanation of the amendment, left out;
# "United States Constitution": the name of a document, no place (as in row 37)
sp = d.s('speaker', 'A 2015 federal court decision')          # like "The summary of the decision" (third round)
d.q(sp, 'citizenship in United States territories can only be resolved by Congress')
d.s('place', 'United States', after='citizenship in ')      # country as modifier
# "American Samoans": a demonym, no place
d.s('figure', 'fifty states')
d.s('place', 'U.S.', after='all other ')
d.s('place', 'Puerto Rico')
d.s('place', 'Guam')
d.s('place', 'U.S.', after='automatically gain ')
d.s('place', 'U.S.', after='they are called "')            # "U.S. nationals", a term in marks: no quote, but the country is a place
d.s('place', 'U.S.', after='live in any other ')
d.s('figure', 'Three American Samoans')
d.s('place', 'Utah')
d.s('place', 'Utah', after='Fitisemanu had lived in ')
d.s('figure', 'more than twenty years')
# "sued to be allowed to vote ...": an infinitive object, no quote; "Equally American": an organisation
sp = d.s('speaker', 'The government of American Samoa')
d.s('place', 'American Samoa', after='The government of ')
d.q(sp, 'the issue should be decided by Congress and not by judges')   # "a statement agreeing ..."
d.q(sp, "imposition of citizenship by judicial fiat would fail to recognize American Samoa's sovereignty and the importance of the fa'a Samoa [the Samoan way of life].")
d.s('place', 'American Samoa', after='fail to recognize ')
# "fa'a Samoa": a way of life, not a location
sp = d.s('speaker', 'Their statement')
d.q(sp, "imposition of citizenship over American Samoan's objections violates fundamental principles of self-determination.")
# "American Samoan's objections": a demonym (a person's objections), no place
# "the U.S. Supreme Court declined to hear a case": a country inside an official body's name; no speech
sp = d.s('speaker', 'The American Samoan delegate to the U.S. House of Representatives, Aumua Amata')   # role, then the name as apposition
d.q(sp, 'Because the residents of American Samoa have vibrant democratic processes and already had a path to citizenship that I had worked to make even more accessible, the ruling is particularly unwelcome and inappropriate[.]')
d.s('place', 'American Samoa', after='Because the residents of ')
d.s('place', 'American Samoa', after='inappropriate[.]"')
d.s('place', 'Samoa', after='independent country ')
d.s('place', 'U.S.', after='an unincorporated ')
d.s('place', 'American Samoa', after='not a state. ')
d.s('figure', '$725')

d = doc(50, "ford-emissions-criminal-investigation", SPLIT)
# "the United States Department of Justice", "the U.S. Securities and Exchange Commission", "the U.S.
# Environmental Protection Agency", "the California Air Resources Board": countries/states inside official
# bodies' names, no places. The article has no figure ("a number of": a bare quantifier).
sp = d.s('speaker', 'Ford Motor Company')
d.q(sp, "the United States Department of Justice was performing a criminal investigation of Ford's internal emission testing practices")
sp = d.s('speaker', 'Ford', after='testing practices. ')     # "in a financial filing to ..." belongs to the verb
d.q(sp, 'the criminal investigation started on some unspecified date after Ford voluntarily disclosed the matter to the federal government on February 21')
sp = d.s('speaker', 'Ford', after='February 21.\n')
d.q(sp, 'the matter "currently focuses on issues relating to road load estimations, including analytical modeling and coastdown testing", and "does not involve the use of defeat devices"')
d.q(sp, 'currently focuses on issues relating to road load estimations, including analytical modeling and coastdown testing')
d.q(sp, 'does not involve the use of defeat devices')
# "which were an issue with another automaker previously": the writer's
sp = d.s('speaker', 'Ford', after='technical review", ')    # The Verge only receives the words
d.q(sp, "Ford is fully cooperating with the government, and we'll keep them posted on what we're finding through our investigation and technical review")
sp = d.s('speaker', 'Ford', after='In the filing itself ')  # "made this point, writing"
d.q(sp, 'In addition, we have notified a number of other state and federal agencies. We are fully cooperating with all government agencies.')
# "Ford announced investigating itself": a gerund object, like an infinitive object, no quote;
# "employee concerns that ...", "were reportedly concerned about ...": no speech attributed; "road load": a term
sp = d.s('speaker', 'The Verge', after='Sidley Austin, according to ')   # the outlet's own reporting, like CNN in row 95
d.q(sp, 'Ford started its investigation by hiring law firm Sidley Austin')
sp = d.s('speaker', 'the filing', after='According to ')
d.q(sp, 'Ford voluntarily disclosed this matter to the U.S. Environmental Protection Agency on February 18, and also to the California Air Resources Board on February 21')

d = doc(39, "spacex-crew-dragon-docks-iss", SPLIT)
# "International Space Station", "Earth": not geographic locations (rows 229, 105)
d.s('place', 'United States', after='in 2011 a ')              # a country as modifier
# "2:49 a.m. local time (7:49 a.m. UTC)": times of day; "Falcon 9": a name
d.s('place', 'Kennedy Space Center')
d.s('place', 'Cape Canaveral')
d.s('place', 'Florida')
d.s('place', 'southeastern United States')                     # one span, like "east Asia" (row 187)
d.s('figure', 'seven people')
# "only a mannequin": 'a', no number; "Ripley": a nickname in marks, no quote
sp = d.s('speaker', 'Bill Gerstenmaier')                       # "of NASA" after the name; "spoke of the collaboration": object
d.q(sp, "It's fun working with a new partner that approaches the problem in a slightly different way. They don't carry the same background that we did in NASA, and they don't approach the design exactly the same way we do. [...] And that's cool. I mean, that's really neat.")
sp = d.s('speaker', 'SpaceX founder Elon Musk')
d.q(sp, "To be frank I'm a little emotionally exhausted because that was super stressful. But it worked — so far,")
d.q(sp, "We have to dock to the station, and we have to come back, but so far it's worked. [...] We've passed some of the riskiest items.")
sp = d.s('speaker', 'NASA administrator Jim Bridenstine')
d.q(sp, 'the goal is to render space accessible to many customers and, through commercial competition, do so at a lower cost than the space shuttle missions')
# "Longer term," stands before the attribution; ", which ran about US$1.5 billion apiece": the writer's
d.s('figure', 'about US$1.5 billion')                          # "apiece" after stays out
# "Russian spacecraft": an adjective
d.s('figure', 'roughly US$80 million')                         # "per astronaut" after stays out
d.s('figure', 'two astronauts')
sp = d.s('speaker', 'NASA', after='first manned mission, which ')   # "which NASA said": the relative pronoun is the subject (row 229)
d.q(sp, 'might take place this summer')
d.s('figure', 'US$4.2 billion')
d.s('figure', 'US$2.6 billion')

d = doc(166, "uk-2019-general-election-conservative-majority", SPLIT)
# the seat table: each "N seats" is a figure; party names ("Scottish National Party", "Green Party (E & W)",
# "Alliance Party of Northern Ireland", "Change UK") hold no places
d.s('figure', '365 seats')
d.s('figure', '203 seats')
d.s('figure', '48 seats')
d.s('figure', '11 seats')
d.s('figure', '8 seats', after='Unionist Party - ')          # after=: "48 seats" holds "8 seats"
d.s('figure', '7 seats', after='Féin - ')
d.s('figure', '4 seats', after='Cymru - ')
d.s('figure', '1 seat', after='(E & W) - ')                    # after=: "11 seats" holds "1 seat"
d.s('figure', '1 seat', after='Northern Ireland - ')
d.s('place', 'United Kingdom')                                 # "the United Kingdom's Conservative Party": the country a party is of
d.s('place', 'UK', after="United Kingdom's (")                # the short form in brackets is a mention of the place too
d.s('figure', '66 seats')                                      # "an additional" stays out
d.s('figure', '365 seats', after='totaling ')
d.s('figure', '326 seats')
d.s('figure', '318 seats')                                     # "just" stays out, like "only"
sp = d.s('speaker', 'Conservative Party leader and Prime Minister Boris Johnson')
d.q(sp, 'he was "humbled" by the results')
d.q(sp, 'humbled')
d.q(sp, '...I and we will never take your support for granted. And I will make it my mission to work night and day, flat out, to prove you right in voting for me this time and to earn your support in the future.')
d.s('place', 'UK', after='regarding the ')
# "the European Union (EU)", "the EU": an organisation
sp = d.s('speaker', 'Johnson', after='were described by ')
d.q(sp, 'historic mandate')                                    # "described by Johnson as": the marked words
d.q(sp, 'he intends to leave the EU by the end of January')    # "saying"
d.s('figure', '66 seats', after='The conservative party gained ')
d.s('figure', '42', after='Labour, lost ')                     # "lost 42 [seats]"
d.s('figure', '13 seats')
d.s('figure', '10', after='Liberal Democrats lost ')
d.s('figure', 'all 5 of its seats')
sp = d.s('speaker', "The Labour Party's leader, Jeremy Corbyn")
d.q(sp, "he will not seek the party's leadership position in the next general election cycle")
d.s('place', 'Dunbartonshire East')                           # a constituency: a named area
d.s('figure', '149 vote')                                      # "a 149 vote margin", like "thirty hour period" (row 95)
d.s('place', 'Blyth Valley')                                   # "seat" is the parliamentary seat, not part of the name
d.s('figure', 'about 1.5% of the electorate')
d.s('figure', 'about 67.3%')

d = doc(243, "iran-arrest-warrants-trump-interpol", SPLIT)
sp = d.s('speaker', 'state-owned Iranian news agency Fars')    # the agency's own report ("reported")
d.q(sp, 'Iran issued arrest warrants on 36 people believed to have been involved in the assassination of the general Qasem Soleimani in January and demanded from Interpol to publish a red notice for US president Donald Trump')
d.s('place', 'Iran', after='Fars reported ')
d.s('figure', '36 people')
d.s('place', 'US', after='red notice for ')                   # the country the title is of
# ISNA only relays the prosecutor's words
sp = d.s('speaker', 'the prosecutor general of Tehran, Ali Alghasi Mehr')
d.s('place', 'Tehran')
d.q(sp, 'the 36 must face "murder and terrorism charges"')
d.s('figure', '36', after='said the ')                         # "the 36 [people]"
d.q(sp, 'murder and terrorism charges')
d.q(sp, 'Iran will pursue the prosecution of Trump even after he ends serving as president of the US')   # "adding"
d.s('place', 'Iran', after='adding ')
d.s('place', 'US', after='president of the ')
d.s('figure', '36 arrest warrants')
# "across the globe": no name
sp = d.s('speaker', 'an Interpol spokesperson')
d.q(sp, 'Interpol\'s constitution prohibits "any intervention or activities of a political, military, religious or racial character,"')   # the whole sentence before "... stated" is his
d.q(sp, 'any intervention or activities of a political, military, religious or racial character,')
sp = d.s('speaker', 'The spokesperson')
d.s('place', 'Iran', after='added regarding ')
d.q(sp, 'they "would not consider requests of this nature"')   # "regarding Iran's request" belongs to the verb
d.q(sp, 'would not consider requests of this nature')
# "Interpol didn't disclose ... whether ...": no speech made
d.s('place', 'Iran', after='arrest warrants from ')
d.s('place', 'Saudi Arabia')
sp = d.s('speaker', 'US Special Representative for Iran Brian Hook')
d.s('place', 'US', after='Saudi Arabia, ')                    # the country the title is of
d.s('place', 'Iran', after='Special Representative for ')     # the country the role is for
d.q(sp, 'This is a political nature. This has nothing to do with national security, international peace or promoting stability')
sp = d.s('speaker', 'He', after='promoting stability". ')
d.q(sp, 'It is a propaganda stunt that no-one takes seriously.')

d = doc(234, "bontddu-hall-fire", SPLIT)
d.s('place', 'Bontddu Hall')                                   # a named building (settled: named sites)
d.s('place', 'Dolgellau')
d.s('place', 'Gwynedd')
d.s('place', 'Wales')
# "A rescued woman": 'a', no number; "North Wales Fire and Rescue Service", "North Wales Police": bodies' names
d.s('place', 'A496')                                           # a named road that locates the building, like a bridge
d.s('place', 'Mawddach Estuary')
d.s('place', 'Snowdonia National Park')
# "09:09am local time": a time of day
sp = d.s('speaker', 'a fire service statement')
d.q(sp, 'Resources sent included appliances from Dolgellau, Harlech, Barmouth, Bala, and Blaenau Ffestiniog')
d.q(sp, "as well as an aerial ladder platform, high volume pump, and the service's incident command unit")   # the list goes on after the attribution: two spans
d.s('place', 'Dolgellau', after='appliances from ')
d.s('place', 'Harlech')
d.s('place', 'Barmouth')
d.s('place', 'Bala')
d.s('place', 'Blaenau Ffestiniog')
# "an air ambulance": 'an'; "Photos and video ... showed": no speech
sp = d.s('speaker', 'The fire service', after='flames visible at windows. ')
d.q(sp, 'an investigation working alongside North Wales Police was underway')
d.s('place', 'Bontddu Hall', after='was underway. ')
d.s('place', 'Bontddu Hall', after='at the time of the fire.')
d.s('figure', '20-room')                                       # a count used as a modifier, like "two-day"
d.s('place', 'Birmingham')                                     # "the Mayor of Birmingham": the city the title is of
d.s('place', 'Bryn Tirion')                                    # the retreat's name: a named building
d.s('place', 'UK', after='ex-')                                # "ex-UK Prime Minister": the country the title is of
d.s('place', 'Bontddu Hall', after='who stayed at ')
# "The Last Days of Dolwyn": a film title
d.s('figure', 'around fifteen years')                          # "ago" after stays out
sp = d.s('speaker', 'local press')                             # the local press's own report; "in 2004" belongs to the verb
d.q(sp, 'then-new owner Tong Yung-soo, who had purchased Bontddu Hall in 2001, and his wife applied to make it a residence once more')
d.s('place', 'Bontddu Hall', after='who had purchased ')
sp = d.s('speaker', 'WalesOnline')                             # "what WalesOnline called": the marked word; Wales inside an outlet's name
d.q(sp, 'fury')
sp = d.s('speaker', 'The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay')   # places inside bodies' names not tagged
d.q(sp, 'a retrograde step')                                   # "called it"
d.q(sp, '[a]n area like this cannot afford to lose such a quality hotel.')
# "The Tongs indicated issues staffing the hotel": an object; "something Clay recognised": no words of his
sp = d.s('speaker', 'Mr Tong')
d.q(sp, 'they intended to "restore the hall to its former glory."')
d.q(sp, 'restore the hall to its former glory.')

d = doc(68, "tunisia-bans-face-veils-public-institutions", SPLIT)
d.s('place', 'Tunisia')                                        # "the Prime Minister of Tunisia"; "signed a decree": no speech
sp = d.s('speaker', 'a government official')
d.q(sp, 'Chahed signed a government decree that bars any person with an undisclosed face from access to public headquarters, administrations, institutions, for security reasons')
# "a couple of suicide bombings": read as a bare quantifier, like "a few"
d.s('place', 'Tunis', after="the country's capital, ")     # after=: "Tunisia" holds "Tunis"
d.s('figure', 'two people')                                    # "Reportedly": no one named
d.s('figure', 'at least eight people')
sp = d.s('speaker', 'eyewitness reports')
d.q(sp, 'the suicide bomber wore a face veil covering, the niqab')
d.s('figure', 'one week')                                      # a duration, "one" counts
d.s('figure', 'at least three suicide bombings')
d.s('place', 'Tunisia', after='suicide bombings took place in ')
# "the Islamic State of Iraq and the Levant": an organisation; "claimed responsibility": an object
d.s('figure', 'all three attacks')
sp = d.s('speaker', 'the president of the Tunisian League for the Defence of Human Rights, Jamel Msallem')   # Agence France-Presse only receives the words
d.q(sp, 'We are for the freedom to dress, but today with the current situation and the terrorist threats in Tunisia and across the region we find justifications for this decision')
d.s('place', 'Tunisia', after='terrorist threats in ')
sp = d.s('speaker', 'A member of the Tunisian Parliament, Samir Dilou')
d.q(sp, 'Tunisia is facing terrorist attacks, so every measure which is led by security motives is understandable')
d.s('place', 'Tunisia', after='Samir Dilou said, "')
sp = d.s('speaker', 'Souhail Alouini')                         # ", a member of Parliament" after the name
d.q(sp, 'We proposed a bill in 2016 about this subject and it has still not been debated [...] Maybe it is time now.')
d.s('place', 'Tunisia', after='Maybe it is time now."')
# "Muslim-majority African countries": adjectives; "have cited security concerns": an object, no quote
d.s('place', 'Algeria')
d.s('place', 'Morocco')

d = doc(294, "jon-huber-dies", SPLIT)
d.s('place', 'US')                                             # "US professional wrestler": country as modifier
# "WWE (World Wrestling Entertainment)", "AEW (All Elite Wrestling)": organisations
d.s('figure', '41')                                            # "aged 41"
sp = d.s('speaker', 'his wife, Amanda')                        # the name after the role as an apposition
d.q(sp, 'Huber succumbed to an unspecified lung disorder, unrelated to COVID-19, for which he received treatment at the Mayo Clinic')
d.s('place', 'Mayo Clinic')                                    # the named site that locates the treatment, like "Belmont University" (row 267)
sp = d.s('speaker', "Huber's longtime tag team partner Erick Rowan")   # "on Instagram" belongs to the verb
d.q(sp, 'Heartbroken and numb,')
d.q(sp, 'I have lost not only a friend but a brother!')
d.s('figure', 'six feet five inches')                          # one quantity; "tall" after stays out
# "won ... once": no number word; "from 2012 to 2019": dates
sp = d.s('speaker', 'an AEW press release')
d.q(sp, 'Huber was exceptionally respected and loved in every way')
d.q(sp, "a fierce and captivating talent, a thoughtful mentor and simply a very kind soul that starkly contradicted his persona as Mr. Brodie Lee.  Jon's love for his wife Amanda, and children Brodie and Nolan, was evident to all of us who were fortunate enough to spend time with him")
# "WWE expressed sadness and extended condolences": objects, no quotes
