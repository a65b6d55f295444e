# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". A seventh held-out part "heldout7". Sixteen rows drawn at random from the 41
# Wikinews rows with 1.5-4.5 KB of text (UTF-8) and at least six quotation marks (" “ ”) that were not
# yet in the set (by url and text); this file holds the last 8 of the draw, kept in the order drawn
# (another helper annotates the first 8: 167, 50, 39, 166, 243, 234, 68, 294):
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
#   this file: the last 8  ->  [150, 154, 44, 224, 113, 177, 21, 119]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "heldout7"

# ---------------- heldout7 ----------------
d = doc(150, "hand-washing-superbug-e-coli", SPLIT)
# "The Lancet Infectious Diseases": a journal that only publishes the finding
sp = d.s('speaker', 'researchers in the United Kingdom')   # the team's own finding ("established that")
d.s('place', 'United Kingdom')
d.q(sp, 'poor hygiene by humans, specifically insufficient hand washing after defecation, is especially responsible for the spread of antibiotic-resistant — superbug — strains of Escerichia coli (E. coli) bacteria')
sp = d.s('speaker', 'lead author Professor David Livermore')   # "of the University of East Anglia's medical school" after the name; East Anglia inside a body's name
d.q(sp, 'We wanted to find out how these superbugs are spread — and whether there is a cross-over from the food chain to humans')
# "scientists assessed ... and looked for": research, no speech
d.s('place', 'Great Britain')
sp = d.s('speaker', 'Dr. Livermore')
d.q(sp, '[T]he strains of resistant E. coli [found in food], were almost entirely different from the types found in human faeces, sewage and bloodstream infections')
d.q(sp, "[...] Rather — and unpalatably — the likeliest route of transmission for ESBL-E. coli is directly from human to human, with faecal particles from one person reaching the mouth of another.  We need to carry on cooking chicken well and never to alternately handle raw meat and salad. There are plenty of important food-poisoning bacteria, including other strains of E. coli, that do go down the food chain. But here — in the case of ESBL-E. coli — it's much more important to wash your hands after going to the toilet.")
# "from one person reaching the mouth of another": 'one ... another' only means 'a'
sp = d.s('speaker', 'a survey published in 2017 by the Royal Pharmaceutical Society')   # `According to X`, like "a March 14, 2019 NATO press release"
d.q(sp, '84% of surveyed Britons did not wash their hands well enough from a hygiene perspective — at least twenty seconds with soap and water')   # the dash gives the survey's measure
d.s('figure', '84% of surveyed Britons')
d.s('figure', 'at least twenty seconds')
sp = d.s('speaker', 'Society President Ash Soni')
d.q(sp, 'If we can reduce the number of illnesses where antibiotics are needed [...] we can reduce antibiotic resistance by saving these important medicines for when they are really required.')

d = doc(154, "house-formalizes-impeachment-rules", SPLIT)
# "the United States House of Representatives": an official body's name
# "announced the upcoming vote in a letter": object of the verb, no quote
sp = d.s('speaker', 'CBS')                                 # the outlet's own observation, interrupted: two spans
d.q(sp, 'a move whose rarity')
d.q(sp, 'highlighted the significance of the resolution')
d.s('figure', '231 Democrats')
d.s('figure', '194 Republicans')
d.s('figure', 'two Democrats')
d.s('figure', 'one independent')
# "Republican Representatives attacked the impeachment inquiry": object, no quote
sp = d.s('speaker', 'Steve Scalise')                       # "of Louisiana" after the name stays out
d.s('place', 'Louisiana')
d.q(sp, 'Soviet-style')                                    # "calling X "..."", like "Calling it as"
sp = d.s('speaker', 'Ross Spano')
d.s('place', 'Florida')
d.q(sp, 'a blatant and obvious coup to unseat a sitting president of the United States')
d.s('place', 'United States', after='a sitting president of the ')
sp = d.s('speaker', 'Trump', after='United States". ')
d.q(sp, 'witch hunt')
d.q(sp, 'The Impeachment Hoax')                            # "referred to the vote as"
# "previously committed to proceeding with such a trial": object, no quote
d.s('figure', 'two-thirds majority')
d.s('figure', 'two Presidents')
d.s('place', 'United States', after='in the history of the ')

d = doc(44, "toronto-comicon-2019", SPLIT)
# "Toronto Comicon 2019": an event's name (twice), no place
d.s('place', 'Canada')
d.s('figure', 'hundreds of retailers and artists')
sp = d.s('speaker', 'he', after='broke news when ')         # the attributed mention is "he revealed"
d.q(sp, 'a Sliders reboot is being considered')
d.q(sp, "Jerry [O'Connell] and I are talking to NBC at the moment. The basic problem is that no one knows who owns the rights")   # his words, no new attribution
d.s('figure', 'two months')                                # "had apparently been looking": no one named
# "Emma Caufield talked of being cast ...": object of the verb, no quote
sp = d.s('speaker', 'she', after='It was a good day," ')
d.q(sp, 'It was a good day,')
sp = d.s('speaker', 'he', after='After the convention, ')   # Wikinews only hears it
d.q(sp, 'it can be tough to maintain focus with so many people streaming past and along questions, but sculpting in front of a crowd at conventions is great because it allows people to see the process that goes into what I do [...] it also can serve as inspiration to other to pursue their own artistic endeavors.')   # the whole "that" clause is in the marks: one span
d.s('figure', 'two years', after='cosplaying for ')
sp = d.s('speaker', 'Lisa Mancini')                        # her words in marks without a speech verb: the sentence's subject
d.q(sp, 'passion')
d.q(sp, 'stemmed through my love for Halloween.')
sp = d.s('speaker', 'She', after='love for Halloween." ')
d.q(sp, 'to portray beloved characters from childhood or strong females. I also enjoy a good gender bent cosplay to ensure a touch of uniqueness!')
sp = d.s('speaker', 'Mancini', after='uniqueness!"')
d.q(sp, 'the best part of cosplay is "bringing a character to life."')
d.q(sp, 'bringing a character to life.')
sp = d.s('speaker', 'the Daily Hive')                      # "described by X as", the outlet's own words
d.q(sp, 'squirrel whisperer')
sp = d.s('speaker', 'Chapman', after='accuracy over comfort," ')
d.q(sp, 'Abe, I wanted to go for accuracy over comfort,')
d.q(sp, "is very warm [...] so I have to stay hydrated and try to keep as calm as possible. It's just really hard to stay calm when I meet someone like Ron Perlman")   # her words, no new attribution
sp = d.s('speaker', 'she', after='on my body", ')
d.q(sp, "the stress I'm putting on my body")
d.q(sp, 'she was prone to meltdown in suit')
# photo captions: "501st Legion" is a name; "Lots of kids" a bare quantifier; show and game titles no places
d.s('figure', 'Dozens and dozens of dice')

d = doc(224, "kelly-v-united-states", SPLIT)
# "the United States Supreme Court", "the Port Authority of New York and New Jersey": official bodies' names
d.s('place', 'New Jersey')
d.s('place', 'Manhattan')
d.s('place', 'New Jersey', after='then-')                  # "New Jersey Governor": the state the title is of
# "Bridgegate scandal": a name in quotation marks
d.s('place', 'Fort Lee')
d.s('place', 'New Jersey', after='Fort Lee, ')
d.s('figure', 'four days')
sp = d.s('speaker', 'the Supreme Court decision')          # "as X put it"
d.q(sp, 'ground to a halt')
d.s('place', 'George Washington Bridge')
d.s('place', 'Manhattan', after='an entryway into ')
# "For decades": no number
d.s('figure', 'three of the twelve access lanes')          # one quantity, like "five of the territory's six delegates"
d.s('place', 'Fort Lee', after='the streets of ')
d.s('figure', 'four days', after='on these ')
d.s('figure', 'a single lane')                             # one lane as against three: a count; "only" stays out
sp = d.s('speaker', 'The public officials who ordered that change')
d.q(sp, 'they were reducing the number of dedicated lanes to conduct a traffic study')
sp = d.s('speaker', 'The Supreme Court decision', after='traffic study. ')
d.q(sp, 'they did so for a political reason: to punish the mayor of Fort Lee for refusing to support the New Jersey Governor’s reelection bid')
d.s('place', 'Fort Lee', after='the mayor of ')
d.s('place', 'New Jersey', after='support the ')
sp = d.s('speaker', 'The unanimous court')                 # a court's ruling ("decided") is its stated finding
d.q(sp, 'their actions did not qualify')
# "reversing the convictions and remanding ...": the writer's account of the act
sp = d.s('speaker', 'Supreme Court Justice Elena Kagan')
d.q(sp, 'not every corrupt act by state or local officials is a federal crime. Because the scheme here did not aim to obtain money or property, Baroni and Kelly could not have violated the federal-program fraud or wire fraud laws.')

d = doc(113, "storm-area-51", SPLIT)
sp = d.s('speaker', 'earlier event plans')                 # `according to X`; "Friday was when" is the writer's frame (the date)
d.q(sp, "millions of people were to storm Area 51, a classified facility within the United States Air Force's Nevada Test and Training Range, and the world was to finally learn of its secrets")
d.s('figure', 'millions of people')
d.s('place', 'Area 51')
d.s('place', 'Nevada Test and Training Range')             # a named area; "United States Air Force" is a body's name
d.s('figure', 'an estimated one-to-two hundred people')
# "posted a event invitation": no speech reported
sp = d.s('speaker', 'More than two million people')
d.s('figure', 'More than two million people')
d.q(sp, 'they would attend')
d.s('figure', 'million-and-a-half')                        # "an additional" is not an approximator; "expressed interest": object
sp = d.s('speaker', 'Roberts', after='in the event. ')
d.q(sp, 'his event, "Storm Area 51, They Can\'t Stop All of Us", was posted as a joke')   # the marked title is a name, no quote
d.s('figure', 'about 20 years old')
d.s('place', 'Bakersfield')
d.s('place', 'California')
sp = d.s('speaker', 'The event description')               # "read"
d.q(sp, "We will all meet up at the Area 51 Alien Center tourist attraction and coordinate our entry [...] If we Naruto run, we can move faster than their bullets. Let's see them aliens.")
d.s('place', 'Area 51 Alien Center')                       # a named site that locates the meeting
d.s('place', 'Area 51', after="Let's see them aliens.\" ")
# "has for decades been rumored": no number, no one named
d.s('place', 'Area 51', after='The nearest settlement to ')
d.s('place', 'Rachel')
d.s('place', 'Lincoln County')
d.s('figure', 'around fifty people')
# "The Little A'Le'Inn": a business, not locating anything here
sp = d.s('speaker', 'County sheriff Kerry Lee')             # the BBC only relays
d.q(sp, 'even one percent of Facebook users attending "would be more overwhelming than we can handle"')
d.q(sp, 'would be more overwhelming than we can handle')
d.s('figure', 'one percent of Facebook users')             # "even" stays out, like "only"
sp = d.s('speaker', 'The Air Force')
d.q(sp, 'it was dangerous')                                # "issued warnings against ...": object
d.s('place', 'Nevada', after='reinforcements from across ')
d.s('figure', 'Fewer than two hundred')
sp = d.s('speaker', 'Sheriff Lee')
d.q(sp, 'they arrested one person for urinating in public, technically indecent exposure')
d.s('figure', 'one person')
d.s('figure', 'three', after='They arrested ')             # the narrative goes on without a speech verb; "suspicion of trespassing" is the charge, no quote
d.s('figure', 'Over a thousand')                           # "were reported": no one named
d.s('place', 'Rachel', after='reported to have reached ')
# "Storm Area 51 event", "Storm Area 51 Basecamp Experience", "Alien Stock": names of events
d.s('place', 'Hiko')
d.s('place', 'Las Vegas')
d.s('place', 'Nevada', after='Las Vegas, ')
d.s('place', 'Area 51', after='folklore surrounding ')
# "Bob Lazar: Area 51 & Flying Saucers": a film title

d = doc(177, "cairo-summit-turkey-libya-maritime", SPLIT)
d.s('place', 'Cairo')
# "denounced the memoranda ...": object, no quote
d.s('place', 'Turkey')
d.s('place', 'Libya')
d.s('place', 'Turkey', after='in which ')
d.s('place', 'Libya', after='in which Turkey and ')
d.s('place', 'Eastern Mediterranean')
d.s('place', 'Libya', after='Turkish army deployments in ')
# "several foreign ministers": a bare quantifier; "Turkish", "Greek", "Cypriot", "French", "Italian": adjectives
d.s('place', 'Cairo', after='gathered in ')
d.s('place', 'Libya', after='to discuss ')                 # "Libya–Turkey relations": both countries as modifiers
d.s('place', 'Turkey', after='to discuss Libya–')
sp = d.s('speaker', 'They', after='as an observer.')      # the ministers' stated conclusions
d.q(sp, 'the November 27 maritime border agreement between Turkey and Libya is "null and void" and "infringes upon the sovereign rights of third states, does not comply with the Law of the Sea and cannot produce any legal consequences"')
d.q(sp, 'null and void')
d.q(sp, 'infringes upon the sovereign rights of third states, does not comply with the Law of the Sea and cannot produce any legal consequences')
d.s('place', 'Turkey', after='maritime border agreement between ')
d.s('place', 'Libya', after='maritime border agreement between Turkey and ')
# "called on Turkey to halt ...": an infinitive object, no quote
d.s('place', 'Turkey', after='They called on ')
d.s('place', 'Cyprus')
d.q(sp, 'the agreement on sending Turkish soldiers to Libya, where a civil war is underway, goes against the United Nations Security Council resolution 2259')   # "deemed that"; "resolution 2259" a name
d.s('place', 'Libya', after='sending Turkish soldiers to ')
# "agreed to a future meet": object
d.s('place', 'Crete')
sp = d.s('speaker', 'the Turkish Ministry of Foreign Affairs')
d.q(sp, 'legitimate and fully compatible with international law')
# "invited the countries to open dialogue": an infinitive object
d.s('place', 'Cyprus', after='with the exception of ')
d.s('place', 'Turkey', after='with the exception of Cyprus, which ')
# "Turkish president Erdoğan called for ..., claiming a right ...": objects; his quotes follow with "he said"
d.s('place', 'Eastern Mediterranean', after='regional cooperation in the ')
d.s('place', 'Turkey', after='claiming a right to ')
sp = d.s('speaker', 'he', after='diplomatic aspects", ')
d.q(sp, 'No project excluding our country in the Eastern Mediterranean can be implemented with regard to economic, judicial and diplomatic aspects')
d.s('place', 'Eastern Mediterranean', after='"No project excluding our country in the ')
sp = d.s('speaker', 'He', after='he said. ')
d.q(sp, 'we are ready to take more [positive] steps towards those taking a single step towards us.')   # "a single step": 'single' only means 'a'
sp = d.s('speaker', 'He', after='towards us." ')
d.q(sp, 'the Turkish drilling on Cypriot waters is only to protect Turkish and Turkish Cypriot interests')
sp = d.s('speaker', 'Greek prime minister Kyriakos Mitsotakis')   # the Atlantic Council only hears it
d.q(sp, 'null and void', after='Mitsotakis')
d.q(sp, 'geographically ridiculous')
sp = d.s('speaker', 'he', after='in international law", ')
d.q(sp, 'The agreement assumes that our islands, including our biggest island Crete, does not have an exclusive economic zone, which goes against everything we know in international law')
d.s('place', 'Crete', after='our biggest island ')
sp = d.s('speaker', 'He', after='he added. ')
d.q(sp, 'the Libyan House of Representatives did not ratify the demarcation')   # "mentioned a possible arbitration route": object
sp = d.s('speaker', 'he', after='between Greece and Turkey, ')
d.q(sp, 'The border issue is the "main difference" between Greece and Turkey')   # the sentence before "he added" is his
d.q(sp, 'main difference')
d.s('place', 'Greece')
d.s('place', 'Turkey', after='between Greece and ')
d.s('place', 'Turkey', after='In the November 27 deal, ')
d.s('place', 'Libya', after='In the November 27 deal, ')
d.s('place', 'Crete', after='the sea between ')
d.s('place', 'Cyprus', after='the sea between Crete and ')
d.s('place', 'Turkey', after='Turkish EEZ. ')              # "justified the claim", "presented cases": objects, no quote
d.s('place', 'Athens')
d.s('place', 'Greece', after='Libyan ambassador to ')
d.s('place', 'East Mediterranean')                         # a region as modifier; "the European mainland": an adjective
d.s('place', 'Italy')
d.s('place', 'Egypt', after='the proposed end point, and ')   # "Egyptian foreign minister": an adjective

d = doc(21, "bruce-mcarthur-pleads-guilty", SPLIT)
d.s('place', 'Toronto')
d.s('place', 'Canada')
d.s('figure', 'eight murders')                             # "admitted his guilt": object, no quote
d.s('figure', 'seven years')
d.s('figure', 'all but one victim')                        # one quantity (all the victims but one)
d.s('figure', 'eight', after='first victim of the ')       # "the eight [victims]"; "The eighth": an ordinal
d.s('figure', '40-year-old')
d.s('figure', '67-year-old')
# "from one victim and ... from another": 'one ... another' only means 'a'
sp = d.s('speaker', 'agreed facts heard in court')         # `according to X`, interrupting the reported sentence: two spans
d.q(sp, 'Six of the murders were')
d.q(sp, '"sexual in nature" and five of those involved ligatures')
d.q(sp, 'sexual in nature')
d.s('figure', 'Six of the murders')
d.s('figure', 'five of those')
# "Several of the deceased", "Many": bare quantifiers
d.s('place', 'Gay Village')
d.s('figure', '49')                                        # an age
# "twice interviewed": a count of times without a counted noun; left out
d.s('figure', '25 years')
sp = d.s('speaker', 'Toronto Police')                      # a body's name, Toronto inside it: no place
d.q(sp, 'a "significant development" was likely at Tuesday\'s hearing')   # "on Monday" belongs to the verb
d.q(sp, 'significant development')
# "face allegations they failed ...": no one named
sp = d.s('speaker', 'mayor John Tory')                     # "on Tuesday" belongs to the verb
d.q(sp, 'a broader probe into the surrounding circumstances may be required')
sp = d.s('speaker', "National LGBT news source Daily Xtra\u200d's editorial director, Rachel Giese")   # possessor, role, then the name as apposition
d.q(sp, 'she felt Tuesday\'s pleas might provide "some solace for the families and friends of the victims, and for the community more broadly," but would not answer questions being asked of authorities')
d.q(sp, 'some solace for the families and friends of the victims, and for the community more broadly,')

d = doc(119, "nsw-decriminalizes-abortion", SPLIT)
# "the Parliament of New South Wales (NSW)": an official body's name, like "the Supreme Court of Puerto Rico"
d.s('place', 'Australia')
# "Reproductive Health Care Reform Bill 2019": a name in quotation marks, no quote
d.s('place', 'NSW', after='Until the new legislation, ')
d.s('place', 'Australia', after='anti-abortion law in ')
d.s('place', 'NSW', after='law in Australia.')            # "The NSW legislature": a state as modifier
d.s('place', 'Sydney')
# "up to week 22 of a pregnancy": a point in the pregnancy, like an ordinal; no figure
# "if a doctor determined the mother was in danger": a condition of the law, no one's speech
sp = d.s('speaker', 'Alex Greenwich')                      # "who said": the relative pronoun stands for him
d.q(sp, "It follows decades of work from women's rights campaigners, activists and people in the Parliament")   # "decades": no number
d.s('figure', '102 amendments')
sp = d.s('speaker', 'Member of parliament (MP) Kevin Conolly')   # the bracket is inside the role
d.q(sp, 'a law allowing the termination of a life marked a "sad day for NSW"')
d.q(sp, 'sad day for NSW')
d.s('place', 'NSW', after='"sad day for ')
sp = d.s('speaker', 'Former prime minister Tony Abbott')
d.q(sp, 'It is a license for sex-selection abortions. It is a license for late-term abortion [...] It is effectively infanticide on demand.')
sp = d.s('speaker', 'MP Penny Sharpe')
d.q(sp, "The current law has meant women and doctors have a threat of 10 years in jail for making this decision and that's not okay")
d.s('figure', '10 years')
sp = d.s('speaker', 'Early opponent MP Tanya Davies')
d.q(sp, 'We have moved the bill to a better place')
d.s('place', 'New South Wales', after='final vote.')
d.s('place', 'South Australia')
d.s('figure', "two doctors")
