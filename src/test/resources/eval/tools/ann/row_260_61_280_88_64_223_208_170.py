# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Twelfth round ("fresh12"). Twenty-five rows drawn at random from the Wikinews rows
# with 1.5-4.5 KB of text (UTF-8) and at least six quotation marks (" “ ”) that were not yet in the set
# (by url and text), same candidate filter as the tenth round (row_167_...py):
#
#   random.Random(2035).sample(candidates, 25)
#     ->  [92, 53, 19, 15, 147, 289, 30, 106, 260, 61, 280, 88, 64, 223, 208, 170, 31, 200, 0, 205, 144,
#          145, 101, 189, 140]
#   annotators A (first 8), B (next 8), C (last 9)
#   this file (annotator B), in the order drawn  ->  [260, 61, 280, 88, 64, 223, 208, 170]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "fresh12"

# ---------------- fresh12 ----------------
d = doc(260, "pranab-mukherjee-dies", SPLIT)
d.s('place', 'India', after='President of ')                  # "President of India": the country the title is of
d.s('figure', 'five years')
d.s('figure', '84 years')                                      # "aged 84 years"
# "His death was announced by his son ... via Twitter": the object of the verb, no reported clause
d.s('place', 'Army’s Research and Referral Hospital')          # a named building that locates the death
d.s('place', 'New Delhi')
d.s('figure', 'seven day')                                     # "a seven day mourning period", like "thirty hour period"
# "December 11, 1935": a date
d.s('place', 'Mirati')
d.s('place', 'West Bengal')
# "Indian National Congress (INC)", "Rajya Sabha", "Lok Sabha": bodies; "in 1982", "in 2012": dates
d.s('figure', 'two terms')
d.s('figure', 'five terms')
d.s('figure', 'five-year')                                     # "five-year term": a duration as a modifier
# "citing age and health concerns": object; "The hospital also found him to be positive ...": an
# infinitive object; "It was reported ...": no one named
sp = d.s('speaker', 'Current Prime Minister of India Narendra Modi')
d.s('place', 'India', after='Current Prime Minister of ')
d.q(sp, 'India grieves the passing away of Bharat Ratna Pranab Mukherjee. He has left an indelible mark on the development trajectory of our nation. A scholar par excellence, a towering statesman, he was admired across the political spectrum and by all sections of society [...] Condolences to his family, friends, admirers and supporters across India. Om Shanti.')
d.s('place', 'India', after='Narendra Modi wrote, "')
d.s('place', 'India', after='supporters across ')
# "Bharat Ratna": an award
sp = d.s('speaker', 'Vijay Goel')                              # ", a member of the Rajya Sabha," after the name stays out
d.q(sp, 'He was an excellent politician, orator [...] For the Congress, he was the helmsman. He won [the] hearts of everyone. Our prime minister respected him so much, one can imagine, how important he was for the country. He was a true Bharat Ratna')
sp = d.s('speaker', 'His daughter, and member of the INC, Sharmistha Mukherjee')   # role, then the name as apposition
d.q(sp, 'Last year August 8 was one of the happiest days for me as my dad received Bharat Ratna. Exactly a year later on August 10 he fell critically ill. May God do whatever is best for him and give me strength to accept both joys and sorrows of life with equanimity. I sincerely thank all for their concerns')
# "one of the happiest days": 'one of', no count
d.s('figure', 'Exactly a year')                                # a duration ("a year ago" is tagged); "Exactly" read as an approximator

d = doc(61, "anime-north-2019", SPLIT)
# "Friday, May 31, 2019": the dateline's date; "Anime North": an event's name
d.s('figure', 'Many thousands of anime and manga fans')        # a count word; "Many" before it belongs to it, like "Dozens and dozens of"
d.s('place', 'Toronto Congress Centre')                        # a named building (settled: named sites)
# "in 1997", "May 24 to 26": dates
d.s('figure', 'four venues')
d.s('figure', 'three days')
# "Wikinews attended": no speech; "Pokemon Biology" etc.: panel names in marks, no quotes
d.s('place', 'US', after='\n\n\n')                             # "US voice actor": a country as modifier
# "marveled at the growth ...": object, no quote; "the last decade": no number
sp = d.s('speaker', 'Tipton', after='easier to know about everything," ')
d.q(sp, "Back when I was going as a fan, there wasn't as much anime, so it was easier to know about everything,")
d.q(sp, "I'm so overwhelmed by how much there is.")
d.s('place', 'US', after='dubbing anime for ')                # "US distribution company": a country as modifier
# "Tipton recalled going to anime conventions ...": a gerund object, no quote
sp = d.s('speaker', 'Tipton', after='Once she was an invited guest, ')
d.q(sp, "oh, I'm not here to just have fun, I'm here to work; I have a set schedule and I can't just, like, you know, go do what I want.")   # "recalls realizing": her own words in marks
# "My Bride is a Mermaid": a title
d.s('figure', '19 years old', after='Then just ')              # an age; "just" stays out, like "only"
sp = d.s('speaker', 'she', after='19 years old, ')             # her words in marks; the sentence's subject
d.q(sp, 'chance to face my demons,')
# "for years": no number
d.q(sp, 'I was in an extremely competitive [singing musical theatre] program in high school. I had started working at Funimation when I was 19, so I was just barely in college. And so those scars were still like, really fresh. I had a lot of competition and people would find what your perceived weakness was, or what your actual weakness was in the program, and they would take advantage of it. And so I had people trying to make me feel like I couldn\'t sing my way out of a paper bag, and then I would get so nervous when I would sing that I couldn\'t support my notes, and so it would just prove them right.')   # her words, no new attribution
d.s('figure', '19', after='Funimation when I was ')            # an age
# "a paper bag": 'a'; "the week of the audition": no number
sp = d.s('speaker', 'she', after='what I sound like," ')
d.q(sp, "This director doesn't know me, I haven't worked with him, he's going to think that this is what I sound like,")
d.q(sp, "I don't know if I had a shot to begin with, but now I really don't have a shot.")
# "would list Sailor Neptune and Sailor Uranus as dream roles": object, no quote
d.s('figure', 'two seasons')                                   # "the first two seasons": the ordinal stays out
sp = d.s('speaker', 'she', after='I was speechless," ')
d.q(sp, 'I swear to you, I was speechless,')
# "Wikinews spoke with her by email": the interview's answers are not in the text; the interviewer's
# questions are the article's own voice. Photo captions: no places, no figures ("A group of": no number)

d = doc(280, "joe-biden-projected-president-elect", SPLIT)
d.s('place', 'United States', after='Vice President of the ')
# "was projected by multiple media outlets to have surpassed ...": the outlets' own projection, read as
# reported content (the subject raised out of it stays out); "multiple": a bare quantifier
sp = d.s('speaker', 'multiple media outlets')
d.q(sp, 'to have surpassed 270 electoral college delegate total and therefore become the 46th President of the United States elect')
d.s('figure', '270 electoral college delegate')                # "total" after the counted noun stays out
d.s('place', 'United States', after='46th President of the ')   # "46th": an ordinal
# "African- and Asian-American": demonyms; "11:25am", "1625 UTC": times of day
d.s('place', 'US east coast')                                  # a region named in the time zone, like "east Asia"
# "called the election for Biden", "called Nevada for Biden": an act with an object, no reported clause;
# "Biden was declared to have won ...": passive, no one named
d.s('place', 'Pennsylvania')
d.s('figure', '20 electoral college votes')
d.s('place', 'Nevada')
d.s('figure', 'six electoral college votes')                   # "an additional" stays out
d.s('figure', '279 electoral votes')
d.s('figure', '214', after="Donald Trump's ")                 # "Trump's 214 [electoral votes]"
d.s('figure', '290 electoral votes')
sp = d.s('speaker', 'Biden', after='by AP\'s reckoning.\n\n\n')  # "in a statement" belongs to the verb
d.q(sp, 'I am honored and humbled by the trust the American people have placed in me and in Vice President-elect Harris')
sp = d.s('speaker', 'He', after='Harris". ')
d.q(sp, "With the campaign over, it's time to put the anger and the harsh rhetoric behind us and come together as a nation. It's time for America to unite. And to heal [...] We are the United States of America. And there's nothing we can't do, if we do it together.")
d.s('place', 'America', after="It's time for ")
d.s('place', 'United States of America')
sp = d.s('speaker', 'President Trump')                         # "has yet to concede, saying": the attribution
d.q(sp, 'I WON THIS ELECTION, BY A LOT!')
sp = d.s('speaker', 'Trump', after="Following the announcement of Biden's win, ")
d.s('place', 'Washington')                                     # "Washington, D.C.": city, then district, like "El Paso, Texas"
d.s('place', 'D.C.')
d.q(sp, 'The simple fact is this election is far from over. Joe Biden has not been certified as the winner of any states, let alone any of the highly contested states headed for mandatory recounts, or states where our campaign has valid and legitimate legal challenges that could determine the ultimate victor')
# "The lack of a concession ... has no legal standing": the writer's

d = doc(88, "g7-amazon-rainforest-fires", SPLIT)
# "Saturday, August 24, 2019": the dateline's date; "G7", "G-7", "Group of Seven", "Group of Six", "G20": groups' names
# "French President Emmanuel Macron called for G7 action ...": object; "what he named the international
# crisis of wildfires": a naming without marks, no quote, so no speaker at this mention
d.s('place', 'Amazon rainforest')                              # a named region
d.s('place', 'Brazil')
# "The call was quickly seconded by ...": no words reported
sp = d.s('speaker', 'Macron', after='first order in two days!" ')
d.q(sp, "Our house is burning. Literally. The Amazon rainforest — the lungs which produces 20 percent of our planet's oxygen — is on fire. It is an international crisis. Members of the G7 Summit, let's discuss this emergency first order in two days!")
d.s('place', 'Amazon rainforest', after='Literally. The ')
d.s('figure', "20 percent of our planet's oxygen")
d.s('figure', 'two days')
sp = d.s('speaker', 'Macron', after='Merkel seconded ')        # the content clause of "Macron's recommendation" is his
d.q(sp, 'the fires be added to the agenda')
sp = d.s('speaker', 'Johnson', after='tweeted ')              # interrupted by the attribution: two spans
d.q(sp, 'We stand ready')
d.q(sp, "to provide whatever help we can to bring them under control and help protect one of Earth's greatest wonders.")
# "Earth": not a geographic location (rows 229, 105)
sp = d.s('speaker', 'Brazilian President Jair Bolsonaro')      # "opposed Macron's statement:" introduces his words
d.q(sp, "The French president's suggestion that Amazon issues be discussed at the G-7 without participation by the countries in the region evokes a colonialist mentality that is out of place in the 21st century[.]")
sp = d.s('speaker', 'The French president')                    # nested: the suggestion's content is Macron's
d.q(sp, 'Amazon issues be discussed at the G-7 without participation by the countries in the region')
d.s('place', 'Amazon', after="president's suggestion that ")   # a place name as modifier ("Amazon issues")
# "21st century": an ordinal
d.s('figure', 'seven countries')
d.s('place', 'United Kingdom')
d.s('place', 'United States')
d.s('place', 'France')
d.s('place', 'Canada')
d.s('place', 'Germany')
d.s('place', 'Japan')
d.s('place', 'Italy')
# "European Union": an organisation; "the 1970s": a date
d.s('place', 'Brazil', after='talk. Unlike G20')
# "South American group Mercosur", "Brazilian compliance": adjectives; "Paris Climate Accord": a document's name
sp = d.s('speaker', "Brazil's National Institute for Space Research")   # an agency reporting its own finding
d.s('place', 'Brazil', after='Paris Climate Accord.\n\n\n')   # the country the body is of
d.q(sp, 'there have been 85% more wildfires in Brazil in 2019 than there were in 2018')
d.s('figure', '85% more wildfires')
d.s('place', 'Brazil', after='85% more wildfires in ')
sp = d.s('speaker', 'Bolsonaro', after='than there were in 2018. ')   # "publicly" belongs to the verb
d.q(sp, 'the Amazon rainforest should be opened up to agriculture, amongst other economic uses')
d.s('place', 'Amazon rainforest', after='has said publicly the ')
# "his critics ... blame him for encouraging ...": object, no quote; "Greenpeace": an organisation
# "Around 3:00 p.m. local time", "1800 UTC": times of day
d.s('place', 'São Paulo')                                      # "the city of São Paulo": the name alone
d.s('place', 'Brazil', after='São Paulo, ')
d.s('place', 'Amazon rainforest', after='wildfires burning the ')
d.s('place', 'Brazil', after='wildfires burning the Amazon rainforest in ')
d.s('place', 'Bolivia')
d.s('place', 'Paraguay')
d.s('figure', 'about an hour')
# "Experts attribute this to human activity": object, no quote
sp = d.s('speaker', 'Amazon Environmental Research Institute Director Ane Alencar')   # Amazon inside a body's name; UOL.com.br only receives the words
d.q(sp, "This year we do not have an extreme drought, as there was in 2015 and 2016 [...] In 2017 and 2018 we had a sufficient rainy season. In 2019, we have no weather events that affect droughts, such as El Niño [...] There's no way the weather can explain this increase.")
# "El Niño": a weather pattern
d.s('figure', 'Around one million indigenous people')
d.s('place', 'Amazon rainforest', after='indigenous people live in the ')

d = doc(64, "hong-kong-protesters-surround-police-complex", SPLIT)
# "Sunday, June 23, 2019": the dateline's date
d.s('figure', 'thousands of Hong Kong protesters')
d.s('place', 'Hong Kong', after='thousands of ')
d.s('place', 'Hong Kong', after='gathered around ')
# "weeks of protests": no number
d.s('place', 'Hong Kong', after='proposed change to ')
# "the Chinese government": an adjective
d.s('place', 'Hong Kong', after='accused of crimes from ')
# "the mainland": a common noun, not a name (left out; "mainland China" below is tagged)
d.s('place', 'Legislative Council Complex')                    # named buildings (settled: named sites)
# "a few blocks": a bare quantifier
d.s('place', 'Hong Kong Police Headquarters')
d.s('place', 'Revenue Tower')
d.s('place', 'Hong Kong', after='living in or visiting ')
d.s('place', 'mainland China')
sp = d.s('speaker', 'the BBC')                                 # "describes as": the outlet's own words
d.q(sp, 'marred by allegations of torture, forced confessions and arbitrary detentions.')
d.s('figure', 'two million people')                            # "one of which": 'one of', no count
d.s('place', 'Hong Kong', after='two million people. ')        # "Hong Kong student groups": a place as modifier; "had given the government until Thursday": no speech
# "Protesters' demands include investigation ..., the release ..., that the government cease ..., and
# complete dismissal ...": a list of demands (objects), no quote; "June 12": a date
sp = d.s('speaker', 'the government', after='the release and dropping')            # the word "riots" is the government's ("referring to ... as")
d.q(sp, 'riots,')
# "They had asked ... to resign", "called for the bill to be dropped": infinitive objects, no quotes
d.s('place', 'Hong Kong', after='They had asked ')             # "Hong Kong Chief Executive": the place the title is of
# "mainland Chinese government": an adjective
d.s('place', 'Hong Kong', after='relinquished control of ')
d.s('place', 'China', after='relinquished control of Hong Kong to ')
# "in 1997": a date; "one country, two systems": a model's name in marks, no quote and no figures
d.s('place', 'Hong Kong', after='has allowed ')
d.s('place', 'Hong Kong', after='Specifically, ')

d = doc(223, "abs-cbn-shut-down", SPLIT)
# "the Philippine government", "former Philippine President": adjectives; "ABS-CBN": a company; "in 1972": a date
# "issued a cease and desist order": an official act, no speech
sp = d.s('speaker', 'Republic Act No. 3846')                   # a document as the speaker ("states"); the number is part of a name
# "Radio Control Law": a name in marks, no quote
d.q(sp, 'no person, firm, company, association, or corporation shall construct, install, establish, or operate a radio transmitting station, or radio receiving station used for commercial purposes, or a radio broadcasting station, without having first obtained a franchise therefor from the Congress of the Philippines.')
# "the Congress of the Philippines": an official body's name, no place; "Republic Act No. 7966": a name
# "as early as July 2019", "March 13": dates
d.s('figure', 'all eleven of the legislative bills')           # like "all 5 of its seats"
sp = d.s('speaker', 'A number of Senators')                    # "A number of": a bare quantifier, no figure
d.q(sp, 'grave abuse of governmental power')                  # "citing the move as", like "described as"
d.q(sp, 'contrary to law')
d.s('place', 'Philippines', after='broadcasting company in the ')
d.s('figure', 'over 42 television stations')
d.s('figure', '10 digital channels')
d.s('figure', '18 FM')                                         # "18 FM and five AM radio stations": two counts
d.s('figure', 'five AM radio stations')
d.s('figure', 'over 65 years')
# "Philippine President Rodrigo Duterte threatened the network's franchise renewal": object, no quote
sp = d.s('speaker', 'they', after='campaign commercials, which ')   # "which they've said": the relative pronoun is the subject (row 229)
d.q(sp, 'was due to a lack of airtime')
sp = d.s('speaker', 'he', after='lack of airtime, and ')
d.q(sp, 'swindling')                                           # "accused the network of", the marked word
# "Solicitor General Jose Calida ... accusing the network of violating its franchise": a gerund object, no quote
# "the Senate did not find the network had breached laws ...": a negative finding, the clause is not what
# the Senate says; left out. "February 10", "February 24": dates
sp = d.s('speaker', 'ABS-CBN CEO Carlo Katigbak')
d.q(sp, "refunds for Duterte's unaired political ads were offered, of which some were not accepted by his campaign")
# "Katigbak apologized to Duterte": no words reported
sp = d.s('speaker', 'a statement by the Presidential Spokesperson Harry Roque')   # `according to X`, like "a survey ... by the Royal Pharmaceutical Society"
d.q(sp, 'the President accepted')                             # "which the President accepted": the relative pronoun stays out
sp = d.s('speaker', 'the network', after='is still on air, as ')
d.q(sp, "the cease and desist order did not cover their news channel's franchise")

d = doc(208, "montana-ballot-law-lawsuit", SPLIT)
sp = d.s('speaker', 'the American Civil Liberties Union of Montana and Native American Rights Fund')   # Montana inside a body's name
d.s('place', 'Montana', after='against the state of ')       # "the state of Montana": the name alone
# "2018 Ballot Interference Prevention Act (BIPA)": a law's name
d.q(sp, 'it would prevent many Native Americans from voting')
# "Reportedly": no one named
d.s('place', 'Montana', after='Reportedly, most ')            # "Montana residents": a place as modifier
d.s('figure', '73% of votes')
# "United States Postal Service": an official body's name; "Native American reservations": no name
sp = d.s('speaker', 'The complaint')                           # a document as the speaker
d.q(sp, "many residents of Montana's reservations do not have access to reliable transportation to drive to voting sites")
d.s('place', 'Montana', after='many residents of ')
d.s('figure', "80 of other people's ballots")
d.s('figure', 'six', after='that number drops to ')            # "six [ballots]"
d.s('figure', 'US$500')
sp = d.s('speaker', "The Native American Rights Fund's Jacqueline De León")   # the possessor before the name
d.q(sp, 'BIPA ignores the everyday realities that face Native American communities. It is not reasonable to expect voters to drive an hour to drop off their ballot, so collecting ballots in reservation communities just makes sense. Criminalizing this behavior is unfair to Native American voters and does nothing to solve the real problem of mail not being picked up and delivered to Native homes.')
d.s('figure', 'an hour')                                       # a duration, like "a week"
sp = d.s('speaker', 'State legislators supporting the law')   # the participle phrase is part of the noun phrase
d.q(sp, "it was to prevent voter fraud, specifically to prevent people from collecting ballots and then throwing them away if they did not like voters' decisions")
sp = d.s('speaker', 'Montana Secretary of State Corey Stapleton')
d.s('place', 'Montana', after="voters' decisions. ")          # the state the title is of
d.q(sp, 'BIPA "is supported overwhelmingly by Montanans, including the counties in Indian Country [...] It\'s always dicey when plaintiffs try to overturn the will of the people."')
d.q(sp, 'is supported overwhelmingly by Montanans, including the counties in Indian Country [...] It\'s always dicey when plaintiffs try to overturn the will of the people.')
d.s('place', 'Indian Country')                                 # a named area (Native lands); "Montanans": a demonym
# "As of 2020": a date
d.s('place', 'Montana', after='As of 2020, ')
d.s('figure', 'seven Native American reservations')
d.s('figure', 'about 70,000 people')
# "The World Population Review estimated the total 2020 population ... at ...": object, no reported clause
d.s('figure', 'just over one million')                         # "just over": one approximator ("slightly more than")
# the plaintiffs' names (Western Native Voice, Montana Native Vote, Assiniboine and Sioux Tribes of Fort Peck,
# Blackfeet Nation, ..., the Fort Belknap Indian Community): organisations, places inside their names not tagged
d.s('place', 'Yellowstone County')
# "An issue raised by the complaint was BIPA's definition of the term "family."": a term in marks, no quote
sp = d.s('speaker', 'the complaint', after='Native American cultures in Montana, ')   # interrupted by the attribution: two spans
d.q(sp, 'Many of the Native American cultures in Montana')
d.s('place', 'Montana', after='Many of the Native American cultures in ')
d.q(sp, 'have a concept of family that does not match the nuclear family idea widespread in Western culture')
# "Western culture": no place

d = doc(170, "don-imus-dies", SPLIT)
# "Monday, December 30, 2019": the dateline's date
sp = d.s('speaker', 'his family', after='since Christmas Eve, ')   # after the sentence: the whole sentence is theirs
d.q(sp, 'United States radio personality, television host, and philanthropist Don Imus, known to fans as the I-Man, died on Friday at the Baylor Scott and White Medical Center in College Station, Texas after being hospitalized since Christmas Eve')
d.s('place', 'United States')                                  # a country as modifier
d.s('place', 'Baylor Scott and White Medical Center')          # a named building (settled: named sites)
d.s('place', 'College Station')
d.s('place', 'Texas')
# "Associated Press reported his cause of death as complications from lung disease": object + "as", no
# clause and no marks, no quote
d.s('figure', '79', after='He was ')                           # an age
# "Imus in the Morning": a show's name; "from 1968 until ... 2018", "from 1996", "in 2007", "up to 2015": dates;
# "several years": a bare quantifier; "MSNBC", "Fox Business Network": organisations
d.s('figure', "25 most influential Americans")                 # "one of Time's 25 most influential Americans": a count
# "National Radio Hall of Fame": an institution; "Rutgers University": a body's name
sp = d.s('speaker', 'he', after='CBS Radio after ')
d.q(sp, 'nappy headed hos.')                                   # "referred to ... as"
# "He later apologized for the comment": object, no quote; "his second wife": an ordinal
d.s('figure', 'two sons')
d.s('figure', 'four daughters')
sp = d.s('speaker', "The family's statement on the death")    # a document as the speaker ("read:")
d.q(sp, "Don loved and adored Deirdre, who unconditionally loved him back, loved spending his time watching Wyatt become a highly skilled, champion rodeo rider and calf roper and loved and supported Zachary (Cates), who first met the Imus family at age 10 when he participated in the Imus Ranch program for kids with cancer, having battled and overcome leukemia, eventually becoming a member of the Imus family and Don and Deirdre's second son")
d.s('figure', '10', after='at age ')                          # an age
sp = d.s('speaker', 'Longtime Imus in the Morning writer and performer Rob Bartlett')
d.q(sp, "He was a rebel, an unapologetic decrier of bullshit, a harsh critic of human behavior & yet an unfailing champion of the underdog, especially sick children. A hermit and humanitarian. Brilliant and maddening & someone you loved to hate and hated to love but when you told him you did he’d say you were a phony. Every professional success I’ve enjoyed is a direct result of my association with the I-Man. I‘m beyond grateful to him for being my boss, my mentor, & my friend. My heart breaks for Deirdre, Wyatt & Zach. Rest easy Cowboy. You’ve earned it.")
sp = d.s('speaker', 'The account for The Bernie and Sid Show')   # an account as the speaker; the relative clauses after it stay out
d.q(sp, 'I-Man. We salute you. You paved the way for us and many more. A radio legend indeed. RIP #Imus')
# "Howard Stern ... has not commented": no words
sp = d.s('speaker', 'Stern', after='earlier this year, ')      # Rolling Stone only receives the words
d.q(sp, 'he was open to having Imus as a guest on his show')
sp = d.s('speaker', 'The family', after='guest on his show.')
d.q(sp, 'they planned to have a private funeral service for Imus')
# "asked for donations to the Imus Ranch Foundation": object, no quote
