# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Eighth round (issue 13): a fourth held-out part "heldout4", never tuned on.
# Ten rows drawn at random from the 67 Wikinews rows with 1.5-4.5 KB of text (UTF-8) and at least six
# quotation marks (" “ ”) that were not yet in the set (by url and text); kept in the order drawn:
#
#   rows = wikinews_2019.csv rows + wikinews_2020.csv rows (csv.DictReader, file order)
#   gold = every document of wikinews-gold.jsonl (before this file was added)
#   candidates = [i for i, r in enumerate(rows)
#                 if 1500 <= len(r['text'].encode('utf-8')) <= 4500
#                 and sum(r['text'].count(c) for c in '"“”') >= 6
#                 and r['url'] not in {g['source'] for g in gold}
#                 and r['text'] not in {g['text'] for g in gold}]          # 67 rows
#   random.Random(2029).sample(candidates, 10)  ->  [285, 267, 97, 286, 172, 226, 109, 134, 199, 252]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

# ---------------- heldout4 ----------------
d = doc(285, "gsa-begins-presidential-transition", "heldout4")
# "United States General Services Administration": a country inside an official body's name, not tagged
sp = d.s('speaker', 'she', after='permission to access what ')
d.q(sp, 'post-election resources for a presidential transition process')   # "what she described as": the descriptor, like "described as" in row 80; "following the ... Election" is the writer's
d.s('place', 'US', after='following the 2020 ')           # "the 2020 US Presidential Election": the election of the US, country as modifier
sp = d.s('speaker', 'multiple national news outlets')      # "projected" the result: a reported claim
d.q(sp, 'former US Vice President Joe Biden won against incumbent US President Donald Trump')
d.s('place', 'US', after='projected former ')
d.s('place', 'US', after='against incumbent ')
sp = d.s('speaker', 'Murphy', after='\n\n\n')
d.q(sp, 'she made this decision without influence from the White House')
d.s('place', 'White House')                                # a building standing for its occupants, like a capital
d.q(sp, 'she was "never directly or indirectly pressured by any Executive Branch official"')   # "insisting": same speaker
d.q(sp, 'never directly or indirectly pressured by any Executive Branch official')
sp = d.s('speaker', 'she', after='However, ')
d.q(sp, 'she and her family had received violent threats due to her involvement in the process of allowing the incoming president elect access to federal documents')
sp = d.s('speaker', 'President Trump')
# "calling for the beginning of a presidential transition process": object of the verb; the marked words are his
d.q(sp, 'in the best interests of the country')
sp = d.s('speaker', 'he', after='in which ')
d.q(sp, 'he had won the election')                         # "despite several key swing states ..." is the writer's
# "several key swing states": bare quantifier
sp = d.s('speaker', 'The president', after='"in the best interests')
# "vowed to keep fighting": an infinitive object, no reported clause; the marked words are his
d.q(sp, 'the good fight')
# "the president's claims of widespread voter fraud": object of a speech noun
d.s('figure', 'Two days')
d.s('place', 'Michigan')
d.s('place', 'Pennsylvania')                               # "the state of Pennsylvania": the name alone
sp = d.s('speaker', 'Biden and others in the Democratic Party')
d.q(sp, 'the delayed transition process could potentially be a threat to national security, in withholding resources from Biden and his team')
sp = d.s('speaker', 'Senate minority leader Chuck Schumer')
d.q(sp, "the president's tweets Monday are likely as near as the US public will ever have to an official concession from the president")
d.s('place', 'US', after='as near as the ')
# "urged him to move forward": an infinitive object, no quote
d.s('place', 'New Jersey')
sp = d.s('speaker', 'former New Jersey governor Chris Christie')
d.q(sp, 'national embarrassment')                          # "denounced ... as a": the marked words
sp = d.s('speaker', 'businessman and Trump loyalist Stephen Schwarzman')
d.q(sp, 'the president should accept the election outcome and "move on"')
d.q(sp, 'move on')
d.s('figure', 'Over 100 Republican national security experts')   # "signed an open letter urging ...": no reported clause
d.s('figure', 'over six million votes')
# "Joe Biden is projected to win", "He was projected ... to have won": no one named

d = doc(267, "second-biden-trump-debate-cancelled", "heldout4")
sp = d.s('speaker', 'The United States Commission on Presidential Debates')   # country inside the body's name
d.q(sp, 'the second presidential debate between US President Donald Trump and former US Vice President Joe Biden, which was slated for October 15, has been cancelled')   # "on Friday" belongs to the verb; "citing ... concerns": object
d.s('place', 'US', after='debate between ')
d.s('place', 'US', after='and former ')
sp = d.s('speaker', 'the commission', after='In an official statement, ')
d.q(sp, 'On October 8, CPD announced that for the health and safety of all involved, the second presidential debate, scheduled for October 15 in Miami, would be conducted virtually [...] Subsequently, the campaigns of the two candidates who qualified for participation in the debate made a series of statements concerning their respective positions regarding their willingness to participate in a virtual debate on October 15, and each now has announced alternate plans for that date. It is now apparent there will be no debate on October 15')
sp2 = d.s('speaker', 'CPD', after='On October 8, ')           # reported speech inside the direct quote
d.q(sp2, 'for the health and safety of all involved, the second presidential debate, scheduled for October 15 in Miami, would be conducted virtually')
d.s('place', 'Miami')
d.s('figure', 'two candidates')
# "made a series of statements concerning ...", "announced alternate plans": objects, no quotes
d.s('place', 'Cleveland')
d.s('place', 'Ohio')
# "within just days": no number; "there was discussion the second debate could ...": no one named
sp = d.s('speaker', 'The president', after='recent COVID-19 diagnosis. ')
d.q(sp, 'waste of time')                                   # "called the notion a": the marked words
d.s('place', 'Pennsylvania')
sp = d.s('speaker', 'The Biden campaign')
d.q(sp, 'not want[ing] to face questions from the voters about his failures on COVID and the economy.')   # "accusing the president of"
sp = d.s('speaker', 'organizers', after='According to ')
d.q(sp, 'the final debate is still scheduled for October 22 at Belmont University in Nashville, Tennessee, and is to involve testing, mask requirements and social distancing')
d.s('place', 'Belmont University')                         # the named site that locates the debate (settled: named sites)
d.s('place', 'Nashville')
d.s('place', 'Tennessee')

d = doc(97, "adam-kokesh-interview", "heldout4")
# A Wikinews interview whose answers are not in the text; the interviewer's questions are the article's own
# voice (as in row 269), but words the questions attribute to Kokesh are quotes.
d.s('place', 'US', after='candidate for the ')             # "the US Libertarian Party": the party's name has no US; country as modifier
d.s('place', 'United States', after='President of the ')  # the country the title is of
# "Iraq War" is the name of an event: not tagged
d.s('place', 'Arizona')
d.s('place', 'Iraq', after='combat in ')
# "US Marine Corp", "US Congress", "US Senate": a country inside an official body's name, not tagged
d.s('place', 'New Mexico')
d.s('place', 'Arizona', after='US Senate in ')
sp = d.s('speaker', 'He', after='jailhouse interview.  ')
d.q(sp, 'dissolving the federal government in a peaceful, orderly manner')   # "the pledge to begin": his words in marks
# "the title of "Custodian of the Federal Government."": a title in quotation marks, a name, not a quote
d.s('place', 'New Hampshire')
d.s('place', 'Rhode Island')
d.s('place', 'US', after='Rhode Island governor and ')     # "US Senator": the country the title is of
d.s('place', 'New York')
d.s('place', 'Massachusetts')
sp = d.s('speaker', 'Sharpe', after='candidates but ')
d.q(sp, 'he would not run')
d.s('place', 'Iraq', after='during your time in ')
d.s('figure', '3.28 percent of the popular vote')
d.s('place', 'New York', after='Arvin Vohra, former ')
d.s('place', 'Massachusetts', after='Larry Sharpe, and former ')
sp = d.s('speaker', 'you', after='On your website ')
d.q(sp, 'American troops abroad will be immediately brought home in a responsible and orderly manner that does not endanger their lives.')
# "The qualifier "responsible"": a word mentioned, no attribution. "what you mean by a "..."" repeats his
# words from the statement just quoted: a quote linked to the same speaker (no new speech verb)
d.q(sp, 'responsible and orderly manner', after='what you mean by a "')

d = doc(286, "craig-farquharson-interview", "heldout4")
d.s('place', 'Groom')                                      # "the Australian electoral district of Groom": the name alone
d.s('place', 'Groom', after='family reasons. ')
d.s('place', 'Queensland')
d.s('place', 'Toowoomba')
d.s('figure', 'over 70% of the two-party-preferred vote')
d.s('place', 'Queensland', after='the Liberal National Party, ')   # "Queensland's dominant conservative party"
# "Some political analysts considered this a foregone conclusion": "considered" is no speech verb
sp = d.s('speaker', 'analyst Kevin Bonham')
d.q(sp, "Australia's most boring by-election")                 # "declared it ... as"
d.s('place', 'Australia', after='on his blog as "')
sp = d.s('speaker', 'Bonham', after='by-election", however ')
d.q(sp, "the size of the swing may have been indicative of the dominant centre left Labor Party's general performance in Queensland")
d.s('place', 'Queensland', after='general performance in ')
d.s('figure', '4.2% swing')
d.s('place', 'Queensland', after='Labor Party in the state of ')
d.s('figure', 'four candidates')
sp = d.s('speaker', 'Liberal Democrats', after='Liberal Democrats.  ', occ=1)
d.q(sp, 'individual liberty, free markets and small government')   # "describes itself as standing for"
d.s('figure', 'two elected officials')
# "Victorian Legislative Council": an official body; "King Vapealot vape store": a business, not a site that locates anything
d.s('place', 'Toowoomba', after='vape store in ')
d.s('place', 'Groom', after='Why are you running to be ')
# "cutting "red tape"": a term in the interviewer's question. The unprefixed paragraph after it is Farquharson's
# answer, but the text attributes it to no mention (no speaker, no speech verb): not a quote; "green tape",
# "red tape" in it are terms
d.s('place', 'Groom', after='big issues for ')
d.s('place', 'Acland Mine')                                # a named mine, like an oil field
d.s('place', 'Toowoomba', after='You own a vape store in ')
# "House of Representatives": an official body
d.s('place', 'Groom', after='run in the seat of ')
d.s('place', 'Groom', after='key issue in ')

d = doc(172, "us-military-kills-soleimani", "heldout4")
d.s('place', 'United States')                              # "United States military forces": not a name, country as modifier
d.s('place', 'Iran')                                       # "Iran's Quds Force"
sp = d.s('speaker', 'The United States', after='in an airstrike. ')
d.s('place', 'United States', after='in an airstrike. The ')
d.q(sp, 'its actions defensive in nature')                 # "called X Y", like "called this dubious" in row 156; "pointing to ...": object
# "the United States Embassy in Baghdad": the country inside the embassy's name is not tagged, the city is (row 198)
d.s('place', 'Baghdad')
d.s('place', 'U.S.', after='attacks on ')
d.s('place', 'United States', after='took part in.\n\n\nThe ')
d.s('place', 'Baghdad International Airport')
sp = d.s('speaker', 'local paramilitary groups')          # The Daily Telegraph only relays ("citing")
d.q(sp, 'the attack consisted of three rockets launched from helicopters')
d.s('figure', 'three rockets')
sp = d.s('speaker', 'the United States Department of Defense')   # country inside an official body's name
d.q(sp, 'defensive', after='by President Donald Trump, as "')
d.q(sp, 'At the direction of the President, the U.S. military has taken decisive defensive action to protect U.S. personnel abroad by killing Qasem Soleimani, the head of the Islamic Revolutionary Guard Corps-Quds Force, a U.S.-designated Foreign Terrorist Organization. General Soleimani was actively developing plans to attack American diplomats and service members in Iraq and throughout the region. General Soleimani and his Quds Force were responsible for the deaths of hundreds of American and coalition service members and the wounding of thousands more. He had orchestrated attacks on coalition bases in Iraq over the last several months – including the attack on December 27th – culminating in the death and wounding of additional American and Iraqi personnel. General Soleimani also approved the attacks on the U.S. Embassy in Baghdad that took place this week. This strike was aimed at deterring future Iranian attack plans. The United States will continue to take all necessary action to protect our people and our interests wherever they are around the world.')
d.s('place', 'U.S.', after='At the direction of the President, the ')   # "the U.S. military": not a name
d.s('place', 'U.S.', after='action to protect ')
d.s('place', 'U.S.', after='Quds Force, a ')              # "U.S.-designated"
d.s('place', 'Iraq', after='service members in ')
d.s('figure', 'hundreds of American and coalition service members')
d.s('figure', 'thousands more')                            # cf. 'twelve more' in row 16
d.s('place', 'Iraq', after='coalition bases in ')
# "the last several months": bare quantifier; "U.S. Embassy": the country inside the embassy's name
d.s('place', 'Baghdad', after='the U.S. Embassy in ')
d.s('place', 'United States', after='future Iranian attack plans. The ')
d.s('place', 'Iraq', after='rocket attacks on the United States Embassy in ')
sp = d.s('speaker', 'Business Insider')                    # the outlet's own report, no one else cited
d.q(sp, 'the rocket strikes were carried out by sympathizers of the PMF')
# "Ahmed al-Assadi ... blamed both Israel and the United States for the attack": object of the verb, no quote
d.s('place', 'Israel')
d.s('place', 'United States', after='blamed both Israel and the ')
sp = d.s('speaker', 'The Iranian Revolutionary Guard Corps')   # "(IRGC)" left out
d.q(sp, 'Soleimani was "martyred" by the airstrike')
d.q(sp, 'martyred')
d.s('place', 'Iran', after='the Supreme Leader of ')
d.s('figure', 'three days', after='ordered ')              # "of public mourning" follows the counted noun
sp = d.s('speaker', 'he', after='In his message, ')
d.q(sp, 'He was a stellar example of those educated and nurtured in Islam and the school of Imam Khomeini (ra). He spent his entire life engaging in jihad in the path of God. Martyrdom was his reward for years of implacable efforts [...] Shahid Soleymani is the international face of the resistance and all who have a heart-felt connection to the resistance seek his blood revenge.')
sp = d.s('speaker', 'Israeli Prime Minister Benjamin Netanyahu')
d.q(sp, 'the air strike justified')                         # "In his statement, ... found X justified": what the statement said
d.q(sp, "Trump's order swift, forceful and decisive")       # "called X Y"
d.s('place', 'Iraq', after='The United States Embassy in ')
# "advised U.S. citizens to leave the country": an infinitive object, no quote
d.s('place', 'U.S.', after='operations, and advised ')
sp = d.s('speaker', 'The office')
d.q(sp, 'U.S. citizens not approach the Embassy')           # a subjunctive clause, like "asked ... the immunity be waived" in row 198; "to use the consulate ...": infinitive
d.s('place', 'U.S.', after='The office asked ')
# "the Embassy": the short name of the embassy (whose country is not tagged), left out
d.s('place', 'Erbil')
sp = d.s('speaker', 'Adil Abdul-Mahdi')                   # ", the acting Prime Minister of Iraq" after the name
d.s('place', 'Iraq', after='acting Prime Minister of ')
d.q(sp, 'an aggression on Iraq as a state, government and people')   # "calling it"; "as well as a violation ..." is the writer's
d.s('place', 'Iraq', after='an aggression on ')
d.s('place', 'United States', after='the presence of ')
d.s('place', 'Iraq', after='United States troops in ')
# "labeled Soleimani as a terrorist", "designated the IRGC as a terrorist organization": official acts, no quotes
d.s('place', 'United States', after='In 2007, the ')
d.s('place', 'United States', after='Saudi Arabian ambassador to the ')
# "United States Department of State": an official body
d.s('place', 'United States', after='as a terrorist organization. The ')

d = doc(226, "hana-kimura-dies", "heldout4")
sp = d.s('speaker', 'wrestling promotion World Wonder Ring Stardom')   # "(Stardom)" left out
d.q(sp, 'Japanese female professional wrestler and reality television star Hana Kimura, age 22, has died')   # "yesterday" belongs to the verb
d.s('figure', '22', after='Hana Kimura, age ')             # an age, like "was 68" in row 146
sp = d.s('speaker', 'Kimura', after='No cause of death was announced. ')   # "made several post on social media suggesting"
d.q(sp, 'she was a victim of cyber-bullying')               # "shortly before her death" dates the posts
# "several post": bare quantifier
sp = d.s('speaker', 'Her final Instagram story post')      # the caption written on it, like a banner's slogan (row 43)
d.q(sp, 'goodbye')
sp = d.s('speaker', "Stardom's official statement")         # "yesterday" belongs to the verb
d.q(sp, 'Stardom fans, We are very sorry to report that our Hana Kimura has passed away. Please be respectful and allow some time for things to process, and keep your thoughts and prayers with her family and friends. We appreciate your support during this difficult time.')
d.s('figure', 'two-time')                                  # a count of titles used as a modifier, like 'two-spray'
d.s('figure', 'one-time')
d.s('figure', 'three males')
d.s('figure', 'three females')
sp = d.s('speaker', 'Wrestling Inc')
d.q(sp, 'she received online criticism for her appearances on the show')
sp = d.s('speaker', 'Sky News')                           # the outlet's own report
d.q(sp, "Netflix Japan due to Kimura's death have delayed releasing a new episode")   # "Japan" inside the company's name: no place
# "Dave Meltzer tweeted after hearing the news": no content
sp = d.s('speaker', 'He', after='news of her death. ')
d.q(sp, "Hana Kimura just passed away.  There are no other details at the moment but this is a death that can be blamed on the cruelty of social media and it's a subject that really needs addressing")

d = doc(109, "gold-toilet-theft-arrests", "heldout4")
sp = d.s('speaker', 'Thames Valley Police')                # "Yesterday" belongs to the verb; "Thames Valley" inside the force's name
d.q(sp, 'they had arrested a second man in connection with the theft of a gold toilet')   # "second man": an ordinal
d.s('place', 'Blenheim Palace')
d.s('place', 'Oxfordshire')
d.s('place', 'England')
d.s('figure', '36-year-old')
d.s('place', 'Cheltenham')                                 # "a Cheltenham man": place as modifier
d.s('figure', '66-year-old')
sp = d.s('speaker', 'Detective Inspector Steven Jones')
d.q(sp, 'We are continuing to investigate this incident and have made a second arrest in connection with it. Our priority is to locate the stolen item, and I would urge anyone with any information to contact police by calling 101')
# "101" is a telephone number, not a figure; "America" is the title of the artwork, not a place
d.s('figure', '18-karat')
# "Dominic Hare ... placed the value of the artwork in the range of ...": an estimate as object, no reported clause
d.s('figure', 'five to six million US dollars')             # a range is one span; "US" inside a currency's name
d.s('place', 'Blenheim', after='for visitors to use at ')  # the short form of Blenheim Palace
sp = d.s('speaker', 'Police', after='damage to the building. ')
d.q(sp, 'they believe the theft involved a group of thieves and multiple vehicles')   # "on Monday" belongs to the verb
sp = d.s('speaker', 'Cattelan', after='wrote ')           # ", the artist" after the name; The New York Times only receives the e-mail
d.q(sp, "At first, when they woke me up this morning with the news, I thought it was a prank: Who's so stupid to steal a toilet?")
d.q(sp, 'I had forgotten for a second that it was made out of gold.')   # "a second": no number
d.s('place', 'United States', after='the president of the ')
sp = d.s('speaker', 'Dominic Hare', after='the president of the United States. ')
d.q(sp, 'the toilet represented a "comment on the American dream"')
d.q(sp, 'comment on the American dream')

d = doc(134, "northern-california-power-outages", "heldout4")
d.s('place', 'United States')                              # "United States public utility": country as modifier
d.s('place', 'San Francisco area')                         # generic head used as part of the name, like "Sandy Point area"
d.s('place', 'California', after='San Francisco area of ')
sp = d.s('speaker', 'PG&E', after='area of California. ')
d.q(sp, 'it scheduled the blackouts in response to forecasts for high winds amid dry conditions')
d.s('figure', 'Nearly 800 thousand customers')
# "through at least midday tomorrow": a time
d.s('figure', 'four hours')                                 # "Within the first": "within" and the ordinal stay out
d.s('figure', '185 thousand customers')
sp = d.s('speaker', "PG&E's schedule")                    # `According to X`
d.q(sp, 'by noon today over half a million could be affected, at which point phase two was planned to begin')
d.s('figure', 'over half a million')
# "phase two", "phase three": names of phases, not figures
d.s('figure', 'over two hundred thousand customers')
# "announced the schedule in a press release": object, no quote
sp = d.s('speaker', 'Sumeet Singh')                       # ", a vice president at PG&E" after the name
d.q(sp, 'We very much understand the inconvenience and difficulties such a power outage would cause')
sp = d.s('speaker', 'Company meteorologist Evan Duffey')
d.q(sp, 'This is forecast to be the strongest offshore wind event since October 2017')
sp = d.s('speaker', 'Senior vice president Michael Lewis')
d.q(sp, "The safety of our customers and the communities we serve is our most important responsibility, which is why PG&E has decided to turn power off to customers during this widespread, severe wind event. We understand the effects this event will have on our customers and appreciate the public's patience as we do what is necessary to keep our communities safe and reduce the risk of wildfire")
sp = d.s('speaker', 'local news', after='According to ')
d.q(sp, 'school districts across the area announced school closings')   # `According to X` attributes the whole clause
sp = d.s('speaker', 'PG&E', after='announced school closings. ')
d.q(sp, 'phase one had been completed')                    # "via Twitter around 11:30 am (1830 UTC)" belongs to the verb
# "apologized for its website being inaccessible ...": object of the verb, no quote

d = doc(199, "bloomberg-warren-end-campaigns", "heldout4")
d.s('place', 'United States')                              # "the United States Democratic Party": the party's name has no country (cf. row 97)
d.s('figure', 'fourteen states')
d.s('place', 'American Samoa')                             # "the territory of American Samoa": the name alone
d.s('place', 'US', after='in the context of ')             # "Super Tuesday" is a name in quotation marks, no quote
d.s('figure', 'two candidates')
d.s('place', 'Massachusetts')                              # "Senator Elizabeth Warren of Massachusetts"
d.s('place', 'New York City')
# "the large number of primaries": no number
for state in ['Alabama', 'Arkansas', 'California', 'Colorado', 'Maine', 'Massachusetts', 'Minnesota',
              'North Carolina', 'Oklahoma', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia']:
    d.s('place', state, after='The states that held elections were ')
d.s('place', 'American Samoa', after='Together with ')
d.s('figure', '1,357 delegates')                           # "a total of" is no approximator
d.s('place', 'United States', after='nominee for the 2020 ')   # lowercase "presidential election": country as modifier
d.s('figure', 'at least 1,991 delegates')
# the list item "Both Buttigieg and Klobuchar dropped out ...": no speech; "the fifth step": an ordinal
d.s('place', 'Iowa')
d.s('place', 'New Hampshire')
d.s('place', 'Nevada')
d.s('place', 'South Carolina')
d.s('place', 'Vermont', after='Senator Bernie Sanders from ')
d.s('figure', '60', after='the most pledged delegates, with ')   # "with 60 [delegates]"
d.s('place', 'United States', after='former Vice President of the ')
d.s('figure', '54', after='Joe Biden had ')
d.s('figure', 'eight delegates')
d.s('place', 'South Bend')
d.s('place', 'Indiana')
d.s('place', 'Minnesota', after='Senator Amy Klobuchar of ')
sp = d.s('speaker', "CNN's projections")                  # `according to X` after the sentence: the whole sentence is theirs
d.q(sp, 'On Super Tuesday, Sanders secured a plurality of the vote in four states, including his home state of Vermont')
d.s('figure', 'four states', after='On Super Tuesday, ')
d.s('place', 'Vermont', after='his home state of ')
sp = d.s('speaker', 'Projections by CNN and NPR')          # like "Estimates by event organizers indicate" in row 43
d.q(sp, 'he won, in addition to Vermont, also the primaries in Colorado, Utah, and California')
d.s('place', 'Vermont', after='in addition to ')
d.s('place', 'Colorado', after='also the primaries in ')
d.s('place', 'Utah', after='also the primaries in ')
d.s('place', 'California', after='also the primaries in ')
d.s('figure', 'ten states')
sp = d.s('speaker', 'projections by CNN and NPR', after='According to ')
d.q(sp, 'he won in Virginia, North Carolina, Alabama, Oklahoma, Tennessee, Minnesota, Arkansas, Massachusetts, Texas, and Maine')
for state in ['Virginia', 'North Carolina', 'Alabama', 'Oklahoma', 'Tennessee', 'Minnesota', 'Arkansas',
              'Massachusetts', 'Texas', 'Maine']:
    d.s('place', state, after='projections by CNN and NPR, he won in ')
d.s('place', 'American Samoa', after='Bloomberg won the caucus in ')
d.s('figure', 'four earlier primaries and caucuses')       # one count of both
# "By reports he secured ...": like "reportedly", no one named, no quote
d.s('figure', "five of the territory's six delegates")     # like "two of them" in row 83
d.s('figure', 'three delegates')
d.s('place', 'Colorado', after='three delegates in ')
d.s('figure', 'one', after='three delegates in Colorado and ')   # "one [delegate]": a count, not 'a'
d.s('place', 'Arkansas', after='three delegates in Colorado and one in ')
d.s('place', 'U.S.', after='one in Arkansas. ')            # "U.S. Representative": the country the title is of
d.s('place', 'Hawaii')
d.s('place', 'American Samoa', after='the last delegate from ')
# "Bloomberg endorsed his former rival": object, no quote
sp = d.s('speaker', 'he', after='"Three months ago," ')
d.q(sp, 'Three months ago,')                               # interrupted by the attribution: two spans
d.q(sp, "I entered the race for President to defeat Donald Trump. Today, I am leaving the race for the same reason: to defeat Donald Trump – because it is clear to me that staying in would make achieving that goal more difficult [...] I've always believed that defeating Donald Trump starts with uniting behind the candidate with the best shot to do it. After yesterday's vote, it is clear that candidate is my friend and a great American, Joe Biden. [...] Today I am glad to endorse him – and I will work to make him the next President of the United States.")
d.s('figure', 'Three months')
d.s('place', 'United States', after='the next President of the ')
d.s('place', 'Massachusetts', after='lost her home state of ')
sp = d.s('speaker', 'NBC News')                           # "Yesterday" belongs to the verb
d.q(sp, 'Warren would be suspending her campaign')
sp = d.s('speaker', 'NPR', after='during her campaign.')
d.q(sp, 'before she ended her campaign, Klobuchar was leading in the polls in Minnesota')   # "; Minnesota is Klobuchar's home state" is the writer's
d.s('place', 'Minnesota', after='leading in the polls in ')
d.s('place', 'Minnesota', after='leading in the polls in ', occ=1)
d.s('figure', 'at least 15% of the vote')
sp = d.s('speaker', 'the National Conference of State Legislatures')
d.q(sp, 'the Democratic Party is scheduled to continue its primary season on March 10, with primary elections in Idaho, Michigan, Mississippi, Missouri, North Dakota, and Washington')
for state in ['Idaho', 'Michigan', 'Mississippi', 'Missouri', 'North Dakota', 'Washington']:
    d.s('place', state, after='with primary elections in ')

d = doc(252, "biden-names-harris-running-mate", "heldout4")
# "Biden ... announced Kamala Harris as his choice for running mate": object of the verb, no quote
d.s('place', 'United States')
d.s('place', 'United States', after='running mate in the 2020 ')   # lowercase "presidential election"
sp = d.s('speaker', 'Biden', after='presidential election.')
d.q(sp, "I've decided that Kamala Harris is the best person to help me take this fight to Trump and Mike Pence and then to lead this nation starting in January 2021")
d.s('place', 'U.S.')                                       # "U.S. Senator": the country the title is of
d.s('place', 'California')
d.s('place', 'California', after='Attorney General of ')
d.s('place', 'San Francisco')                              # "the city of San Francisco": the name alone
# "announced his plan to choose a woman": object of the verb
sp = d.s('speaker', 'Biden', after='final presidential debate, ')
d.q(sp, 'I commit that I will in fact pick a woman to be vice president')   # "I commit that ...": a performative of the speaker's own, no nested quote
sp = d.s('speaker', "A tweet sent from Biden's Twitter account")   # like "a statement posted to his official Twitter account" in row 259
d.q(sp, 'My running mate will be a woman. #DemDebate')
d.s('place', 'United States', after='Vice President of the ')
d.s('place', 'US', after='a major ')                       # "a major US political party": country as modifier
d.s('place', 'Alaska')
d.s('figure', 'Eight years')
d.s('figure', '400 votes')
d.s('figure', 'eight years', after='Biden himself served ')
