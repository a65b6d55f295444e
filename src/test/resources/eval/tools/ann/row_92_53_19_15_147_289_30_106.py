# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Twelfth round, split "fresh12". Twenty-five rows drawn at random from the Wikinews
# rows with 1.5-4.5 KB of text (UTF-8) and at least six quotation marks (" “ ”) that were not yet in the
# set (by url and text):
#
#   rows = wikinews_2019.csv rows + wikinews_2020.csv rows (csv.DictReader, file order)
#   candidates = [i for i, r in enumerate(rows)
#                 if 1500 <= len(r['text'].encode('utf-8')) <= 4500
#                 and sum(r['text'].count(c) for c in '"“”') >= 6
#                 and r['url'] not in {g['source'] for g in gold}
#                 and r['text'] not in {g['text'] for g in gold}]
#   random.Random(2035).sample(candidates, 25)
#     ->  [92, 53, 19, 15, 147, 289, 30, 106, 260, 61, 280, 88, 64, 223, 208, 170, 31, 200, 0, 205, 144,
#          145, 101, 189, 140]
#   annotators A (first 8), B (next 8), C (last 9)
#   this file (annotator A): the first 8  ->  [92, 53, 19, 15, 147, 289, 30, 106]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

# Measured blind once as "fresh12" (with the other annotator's rows, 17 articles), then moved to the tuning half.
SPLIT = "tuning"

# ---------------- fresh12 ----------------
d = doc(92, "fan-expo-canada-2019", SPLIT)
# "the Canadian city of Toronto": "Canadian" an adjective; "Fan Expo Canada": an event's name (twice), no place
d.s('place', 'Toronto')
d.s('figure', 'quarter century')                               # a duration used as a modifier ("quarter century anniversary"), like "nearly nine-year"
# "August 22 to 25": dates; "Wikinews attended": no speech
# "Breaking Into Comics": a panel's name in marks, no quote; "speakers shared their insights": object
sp = d.s('speaker', 'Comic artist Jenn St-Onge')                # "(Nancy Drew, ...)" after the name; "told of being forced ...": object, no quote
d.q(sp, "In my first stint, I didn't get any work. [...] to come back and get that kind of second chance, eight years ago, it feels really good to have people coming to you and being 'I want you to work,' and basically working seven days a week for the last eight years.")   # her words in marks, no new attribution
d.s('figure', 'eight years', after='second chance, ')          # "ago" after stays out
sp2 = d.s('speaker', 'people', after='it feels really good to have ')   # nested: people "being 'I want you to work'" ("be" = "say"), inside her quote
d.q(sp2, 'I want you to work,')
d.s('figure', 'seven days', after='basically working ')        # "a week" after stays out
d.s('figure', 'eight years', after='for the last ')
d.s('figure', 'seven days', after='You have to work those ')
sp = d.s('speaker', 'Valiant Entertainment editor Heather Antos')
d.q(sp, 'You have to work those seven days to earn a weekend,')
sp = d.s('speaker', 'all', after='While ')                     # the panel's speakers "agreed that": a reported clause
d.q(sp, 'time off was rare as a freelancer')
sp = d.s('speaker', 'artist Leisha Riddell')                   # "emphasized the need for boundaries": object
d.q(sp, "this weekend, I'm becoming part of the couch and playing video games until my eyes go blurry.")
d.s('place', 'Toronto', after='final season of Suits, a ')     # "Toronto-shot": a city as modifier
sp = d.s('speaker', 'The actress')                             # "recalled her season ...": object; the marked words are hers
d.q(sp, 'scrappy little red headed stepchild of the [Paramount] lot.')
sp = d.s('speaker', 'she', after='Underwhelmed with her role, ')   # her words in marks follow without a speech verb: the sentence's subject
d.q(sp, "This is not what I wanted to become an actor for. I didn't want to stand on the bridge and just go 'aye aye captain,' you know, and not even move. I actually asked them to make up some fake legs")
# "just go 'aye aye captain'": words she did not want to say, nobody says them (like "we will no longer say"
# in row 83), no nested quote; "asked them to make up ...": an infinitive object
d.q(sp, "You could just stick my legs, just fake legs, and I had no lines[....] You gotta know that Tasha's on her command post, but just put the legs there, just keep the camera low.")   # the writer's "to place at ..." in between: two spans
d.s('place', 'South Africa')
sp = d.s('speaker', 'He', after='The Professionals in South Africa. ')
d.q(sp, 'I still have dust in my shoes.')
d.s('figure', '700 people')
# "a 2011 stage play": a date; "Korean-Canadian": demonyms; "one of the series leads", "one of the lead
# actors": 'one' only picks a member, no count; "the Ten Rings": part of a film title
sp = d.s('speaker', 'Lead Paul Sun-Hyung Lee')                 # "talked about how ...": the how-clause is what he said
d.q(sp, 'the series has been underestimated "up \'til now."')
d.q(sp, "up 'til now.")
d.q(sp, "I felt like Cinderella at the ball [...] I'm a jobber, I've been working as an actor for like, close to 25 years, lots of small roles. Expositionary characters, never asked to carry anything, to be a lead, to actually have a background story. And so to finally be able to do an entire season of television as one of the lead actors was tremendous")   # "During the premiere," is the writer's; his words, no new attribution
d.s('figure', 'close to 25 years')
# "Hasbro hosted a panel": no speech; "number one": a rank
sp = d.s('speaker', 'The company', after='action figures and helmets. ')   # "The company's ... helmet ..., their "...": the company's words without a verb
d.q(sp, 'number one requested hero helmet [...] This by far is the most labor-intensive helmet to date.')
sp = d.s('speaker', 'the company', after='Asked about sustainability, ')
d.q(sp, 'recently they had switched to a bio-based PET for their packaging')   # the reported clause; its direct continuation runs over several sentences: its own span
d.q(sp, "which was more plant-based plastic for greater environmental concerns. [...] This week, Hasbro announced that we're [...] looking to switch away from plastic altogether, in terms of our packaging [...] we're very much aware that a lot of times times plastic is [...] ripped off and discarded, so we're constantly trying to improve on that as a company to improve our environmental footprint.")
sp2 = d.s('speaker', 'Hasbro', after='This week, ')            # nested reported speech inside the company's quote
d.q(sp2, "we're [...] looking to switch away from plastic altogether, in terms of our packaging")
# "a lot of times": no number; "Rocket League WGN North American Championship": an event's name
d.s('figure', 'C$10,000')
# photo captions: game, channel and store names; "human claw" a name in marks, no quote

d = doc(53, "dinosaurs-flapped-wings-as-they-ran", SPLIT)
# "PLoS Computational Biology": a journal that only publishes the finding
sp = d.s('speaker', "scientists from China's Tsinghua University and the Chinese Academy of Sciences")   # the team's own finding
d.s('place', 'China', after='scientists from ')               # "China's Tsinghua University": the country the university is of (possessor, not in the name)
d.q(sp, 'bird flight may have evolved from wing-flapping by running dinosaurs')
# "These findings support the hypothesis ...": the writer's, no one speaks
sp = d.s('speaker', 'The authors', after='a passive form of flight. ')
d.q(sp, 'in Caudipteryx, from a mechanical perspective, two-legged running automatically induced wing flapping')
d.s('figure', 'two-legged')                                    # a count used as a modifier, like "20-room" (row 234)
# "used a mathematical model ...": no speech
d.s('figure', 'about ten lbs')
d.s('figure', 'five kg')
sp = d.s('speaker', 'the researchers', after='(five kg) and ')   # "estimate", like "Reuters estimated" (row 96)
d.q(sp, 'it had a top speed of about 18 mph (8 m/s)')
d.s('figure', 'about 18 mph')
d.s('figure', '8 m/s')
# "the team conceptualized ...": research, no speech
sp = d.s('speaker', 'Co-author Jing-Shan Zhao')
d.q(sp, 'Our work shows that the motion of flapping feathered wings was developed passively and naturally as the dinosaur ran on the ground[...] Although this flapping motion could not lift the dinosaur into the air at that time, the motion of flapping wings may have developed earlier than gliding.')
sp = d.s('speaker', 'They', after='about the same size as Caudipteryx.  ')   # the team's own finding
d.q(sp, 'the faster each ostrich ran, the more it tended to flap, with larger wings providing more lift')
sp = d.s('speaker', 'John Hutchinson')                         # ", an evolutionary biomechanicist at ..." after the name
d.s('place', 'London')                                         # "London's Royal Veterinary College": the city as possessor
d.q(sp, 'Caudipteryx might have dealt with the vibrations by holding its forelimbs tight against its body instead of flapping')   # "questioned the findings": object
sp = d.s('speaker', 'he', after='"However," ')                 # Science News only receives the words
d.q(sp, 'However,')
d.q(sp, 'this study does lay groundwork that could be built upon and tested more rigorously. So perhaps it will inspire deeper insight in the future.')
d.s('figure', 'millions of years')                             # a count word
sp = d.s('speaker', 'current consensus among scientists')      # "says": a reported clause, like "eyewitness reports" (row 68)
d.q(sp, 'birds as we understand them evolved from theropod dinosaurs')
# "several competing ideas": bare quantifier; "Some scientists believe ...": a belief, not speech (like "reportedly
# believe" in the Khashoggi article)
sp = d.s('speaker', 'some', after='while ')
d.q(sp, 'flight grew up from the ground, from runners')

d = doc(19, "jolo-cathedral-bombings-mindanao", SPLIT)
d.s('place', 'Jolo Cathedral')                                 # a named building
d.s('place', 'Mindanao')
d.s('place', 'Philippines')
# "Twin bombings", "The second blast", "the first": no count / ordinals
d.s('figure', 'two blasts')
d.s('figure', 'at least 20')
sp = d.s('speaker', 'Chief Superintendent Graciano Mijares')   # "of the police of ..." after the name
d.s('place', 'Autonomous Region in Muslim Mindanao')           # a region (the police's area), not part of a body's name
d.q(sp, 'the confirmed deaths are fourteen civilians, five Armed Forces personnel, and one member of the Coast Guard')   # `According to X`, before the clause
d.s('figure', 'fourteen civilians')
d.s('figure', 'five Armed Forces personnel')
d.s('figure', 'one member')                                    # a count in a tally
d.s('figure', '27 dead')
sp = d.s('speaker', 'Mijares', after='27 dead. ')
d.q(sp, '90 civilians were wounded, as were seventeen from the Armed Forces, and two each from the Coast Guard and the National Police')
d.s('figure', '90 civilians')
d.s('figure', 'seventeen')
d.s('figure', 'two', after='Armed Forces, and ')              # "two each"
d.s('place', 'Zamboanga')
sp = d.s('speaker', 'Delfin Lorenzana')                        # ", the Defence Secretary" after the name
d.q(sp, 'We will use the full force of the law to bring to justice the perpetrators behind this incident,')
sp = d.s('speaker', 'he', after='Secretary; ')
d.q(sp, 'dastardly act')                                       # "described the attacks as": the marked words
d.q(sp, 'deny terrorism any victory')                         # "urged ... to": an infinitive object, but the marked words are his
# "the Roman Catholic cathedral": no name
sp = d.s('speaker', 'Lorenzana', after='in its car park. ')
d.q(sp, "he had ordered 'heightened alert' from troops")
d.q(sp, 'heightened alert')
d.q(sp, 'the army protect places of worship')                 # "and that ...": a second reported clause
d.s('place', 'Philippines', after='places of worship.')
d.s('place', 'Mindanao', after='Muslim-majority ')
# "decades of conflict": no number; "Moro Islamic Liberation Front": an organisation
d.s('figure', '2.8 million')
d.s('figure', '85%')
sp = d.s('speaker', 'the government', after='on Friday ')
d.q(sp, 'the new region, to be called Bangsamoro, would be governing itself from 2022')
d.s('place', 'Bangsamoro')
d.s('place', 'Jolo', after='from 2022. \n\n\n')
d.s('place', 'Sulu region')
d.s('place', 'Bangsamoro', after='against the measure. ')
sp = d.s('speaker', 'Arnel dela Vega')                         # "of the army's Western Mindanao Command" after the name; a body's name
d.q(sp, 'the Abu Sayyaf Group are the suspected perpetrators')
# "video footage ... shows ...": no speech
sp = d.s('speaker', 'Regional Governor Mujiv Hataman')
d.q(sp, 'only this organisation appeared capable of the double bombing')
# ISIL: an organisation; "claimed responsibility": object
sp = d.s('speaker', 'The Coast Guard', after='claimed responsibility.')
d.q(sp, 'their casualties were attending mass')
# "was identified as Jaypee Galicha by a Coast Guard spokesperson": an identification, object only, no quote
sp = d.s('speaker', 'an order by Coast Guard Commandant Admiral Elson Hermogino')   # the document holds the words, like "an AEW press release"
d.q(sp, 'join personnel from the [army and police] in the investigation and pursuit of the perpetrators.')
# "Statements of condemnation have come from ...": no words given

d = doc(15, "germany-bans-mahan-air", SPLIT)
d.s('place', 'Germany')
# "Iranian airline": an adjective; "the European nation": no name
sp = d.s('speaker', 'officials', after='with ')
d.q(sp, 'this is for security reasons')
d.s('place', 'United States', after='the subject of ')       # "United States sanctions": country as modifier
sp = d.s('speaker', 'US Secretary of State Mike Pompeo')       # "according to a tweet ... by X": the tweet is the medium
d.q(sp, "The airline transports weapons and fighters across the Middle East, supporting the Iranian regime's destructive ambitions around the region,")
d.s('place', 'Middle East')
d.s('place', 'US', after='tweet on Monday by ')                # the country the title is of
d.s('place', 'US', after='Mike Pompeo. The ')
d.s('place', 'Germany', after='allies such as ')
# "encouraging allies ... to restrict": an infinitive object
sp = d.s('speaker', 'German officials')
d.q(sp, "The Federal Aviation Office of Germany has suspended Mahan's permit")
d.s('place', 'Germany', after='The Federal Aviation Office of ')   # "the X of Germany": the country a body is of (like "The government of American Samoa"), not part of the office's name
sp = d.s('speaker', 'Rudaw')                                   # the outlet's own report
d.q(sp, "Mahan's director, Hamid Arabnejad Khanooki, has alleged ties to the Islamic Revolutionary Guard Corps of Iran")
d.s('place', 'Iran', after='Revolutionary Guard Corps of ')   # the country the corps is of, as above
sp = d.s('speaker', "German Chancellor Angela Merkel's spokesperson, Steffen Seibert")   # role, then the name as apposition
d.q(sp, 'it is possible "that this airline carries out transports to Germany that affect our security concerns,"')
d.q(sp, 'that this airline carries out transports to Germany that affect our security concerns,')
d.s('place', 'Germany', after='carries out transports to ')
d.q(sp, 'the ban followed discussions within Europe and with the US')   # "and ...": a second reported clause
d.s('place', 'Europe', after='discussions within ')
d.s('place', 'US', after='within Europe and with the ')
sp = d.s('speaker', 'US Ambassador to Germany Richard Grenell')
d.s('place', 'US', after='. US Ambassador')   # "US Ambassador to Germany": the country the title is of
d.s('place', 'Germany', after='US Ambassador to ')
d.q(sp, 'Mahan had "contributed to incredible human suffering, violence, and political instability felt across the world," by supporting Syrian President Bashar al-Assad')   # "by way of example" belongs to the verb
d.q(sp, 'contributed to incredible human suffering, violence, and political instability felt across the world,')
# "Syrian President": an adjective
sp = d.s('speaker', 'The United States government')
d.s('place', 'United States', after='\n\n\nThe ')             # the government of the country
d.q(sp, 'Mahan flies fighters and cargo to Syria in support of al-Assad')
d.s('place', 'Syria', after='fighters and cargo to ')
d.s('place', 'Iran', after="The airline was ")
d.s('place', 'Iran', after="It has ")
d.s('place', 'Europe', after='still operating in ')
d.s('place', 'Spain')
d.s('place', 'Greece')
d.s('place', 'France')
d.s('place', 'Italy')
# "It was founded in 1992": a date; "the European Union": an organisation
d.s('place', 'Iran', after='European Union sanctioned ')
d.s('place', 'Denmark')
d.s('place', 'France', after='Denmark, ')
d.s('place', 'Netherlands')
d.s('place', 'US', after='With the ')
d.s('place', 'Iran', after='cease trading in ')
# "German firms including Deutsche Bahn, ...": companies; "have announced plans to pull out": object
d.s('place', 'US', after='Last year ')                         # "US President"
d.s('place', 'US', after='Donald Trump withdrew the ')
d.s('place', 'Iran', after='nonproliferation treaty with ')
d.s('place', 'US', after='former ')
d.s('place', 'Germany', after='treaty include ')
sp = d.s('speaker', 'a German government source')              # Reuters only relays the source
d.q(sp, 'the ban on Mahan Air is not part of any broader plan to increase sanctions on Iran')
d.s('place', 'Iran', after='increase sanctions on ')

d = doc(147, "northern-arapaho-buffalo-herd", SPLIT)
d.s('figure', 'more than 100 members')                         # ", reportedly," follows: no one named
d.s('figure', 'ten buffalo')
d.s('place', 'Wind River Reservation')
d.s('place', 'Wyoming')
d.s('place', 'western United States')                          # one span, like "southeastern United States" (row 39)
# "Elder Nelson White provided a prayer": no words given
d.s('figure', '48-acre')
d.s('place', 'Kinnear')
d.s('place', 'National Bison Range')                           # a named site that locates the herd's origin
d.s('place', 'western Montana')
d.s('place', 'U.S.', after='western Montana run by the ')     # "the U.S. federal government": the government of the country
d.s('figure', 'more than 500 miles')
d.s('figure', '800 km')
sp = d.s('speaker', "Crystal C'Bearing")                       # "of the Northern Arapaho tribal historic preservation office" after the name
d.q(sp, "With everything that's happened to our people, our language, our culture, we feel that bringing the buffalo back here is going to heal us[,]")
d.s('figure', '600 acres')                                     # "have plans to widen ...": no speech
sp = d.s('speaker', 'The Arapaho', after='\n\n\n')             # "report they are considering ..."
d.q(sp, 'they are considering eventually pooling resources with the nearby Eastern Shoshone Tribe')   # ", who currently have ...": the writer's
d.s('figure', '33 buffalo')
sp = d.s('speaker', 'Devin Oldman')                            # ", who helped manage ..." after the name
d.q(sp, "I think [working with the Eastern Shoshone]'s definitely a possibility. There's no sense in having two private herds[,]")
d.s('figure', 'two private herds')
d.q(sp, 'I would think that we would try to get our numbers up to one or two hundred before we do that so we have a nice strong herd.')
d.s('figure', 'one or two hundred')                            # a range, one span
# "In the 1800s": a date; "many U.S. generals ... believed that ...": a belief, not speech
d.s('place', 'U.S.', after='many ')                           # country as modifier
# "Native American tribes": a demonym

d = doc(289, "stop-the-steal-rally-washington", SPLIT)
sp = d.s('speaker', 'Several conservative groups')             # "claiming": the groups' claim
d.q(sp, 'the 2020 U.S. presidential election was stolen from incumbent President Donald Trump')
d.s('place', 'U.S.', after='the 2020 ')                       # country as modifier
d.s('place', 'U.S.', after='gathered on Saturday in the ')    # "the U.S. capital"
d.s('place', 'Washington D.C.')
# "Women for America First": an organisation's name
d.s('figure', 'several thousand supporters')                   # a count word; "Reportedly": no one named
d.s('place', 'D.C.', after='and hats, in ')
# "the Supreme Court of the United States": an official body's name
d.s('place', 'Texas')                                          # the state as litigant, like a capital for its government
d.s('place', 'Georgia')
d.s('place', 'Michigan')
d.s('place', 'Pennsylvania')
d.s('place', 'Wisconsin')
sp = d.s('speaker', 'Trump', after='Wisconsin.\n\n\n')
d.q(sp, "he wasn't aware of the event but would go to see it anyway")
d.q(sp, "Wow!  Thousands of people forming in Washington (D.C.) for Stop the Steal.  Didn't know about this, but I'll be seeing them! #MAGA")
d.s('figure', 'Thousands of people')
d.s('place', 'Washington', after='Thousands of people forming in ')
d.s('place', 'D.C.', after='forming in Washington (')        # the short form in brackets, like "(UK)" in row 166
# "Stop the Steal", "Make America Great Again": a rally's name and a slogan, no places
d.s('place', 'West Point')
d.s('place', 'New York')
# "Marine One": a name; "This was the first time": an ordinal
sp = d.s('speaker', 'He', after='pardoned by Trump.  ')
d.q(sp, "That's pretty cool.  Imagine just being able to jump in a helicopter and just go for a joy ride around Washington")
d.s('place', 'Washington', after='joy ride around ')
# "Sebastian Gorka ... encouraged supporters to remain hopeful": an infinitive object
d.s('figure', 'two days')
sp = d.s('speaker', 'Trump and his supporters', after='The rallies happened ')
d.q(sp, 'Joe Biden only won the elections due to voter fraud')   # "and sought to overturn ...": not speech
sp = d.s('speaker', 'Organizers of the rally')
d.q(sp, 'they were fighting corruption and dishonesty')
sp = d.s('speaker', 'Flynn', after='corruption and dishonesty.  ')
d.q(sp, 'there was a lack of transparency in the elections')
# "urged the crowd to consider what ...": an infinitive object, no quote
d.s('place', 'Florida')
d.s('figure', '14-hour')
d.s('place', 'D.C.', after='14-hour drive to ')
sp = d.s('speaker', 'Lisa Parry', after='for the rally.  ')   # ", a retired nurse" after the name
d.q(sp, "I went to bed at 1 o'clock and Trump was ahead.  There's no way[...] I don't believe it, it's fake.")
# "1 o'clock": a time of day

d = doc(30, "sea-eye-ship-renamed-alan-kurdi", SPLIT)
# "German migrant marine rescue charity Sea-Eye": "German" an adjective
d.s('figure', 'three-year-old')                                # an age
d.s('place', 'Turkey')
d.s('place', 'Majorca')                                        # "the Spanish island of": "Spanish" an adjective
d.s('figure', 'eleven migrants')
d.s('place', 'Mediterranean Sea')
sp = d.s('speaker', 'his surviving father')                    # interrupting the reported clause: two spans
d.q(sp, 'they had,')
d.q(sp, 'paid people smugglers to take them from Turkey to Greece in a small inflatable boat')
d.s('place', 'Turkey', after='take them from ')
d.s('place', 'Greece')
# "a Turkish beach": an adjective; "the European migrant crisis": an event, "European" an adjective
sp = d.s('speaker', 'his father, Abdullah Kurdi')              # role, then the name as apposition
d.q(sp, 'This day is very hard for me, as I re-experience many memories,')
d.q(sp, "It's people with good heart in this organization. So my boy's name stands for something good and his little soul can find ... peace.")
d.s('place', 'Iraq')
sp = d.s('speaker', 'Sea-Eye spokesperson Carlotta Weibl')
d.q(sp, "The name 'Alan Kurdi' shall be a reminder of what our work is really about. It is not about ships, captains, NGOs [Non-Governmental Organizations] and clashes with misguided politicians. It is about actual persons, like Alan, [and his brother and mother], who drown in the Mediterranean daily[, and] it is about the endless pain and grief their loved ones have to feel.")
# 'Alan Kurdi' in single marks: a name, no nested quote
d.s('place', 'Mediterranean', after='who drown in the ')
# "Sea-Eye credit themselves with ...": an object, no reported clause
d.s('figure', 'around 14,000 lives')
d.s('figure', '60 rescues')
# "MV Alan Kurdi", "MV Professor Albrecht Penck": ship names
d.s('place', 'Turkey', after='Albrecht Penck.\n\n\n')          # the state that sentenced
d.s('figure', 'two people smugglers')
d.s('figure', 'four years')                                    # "each" after stays out
d.s('place', 'Syria', after='assist migrants from ')
d.s('place', 'Europe', after='activities in ')

d = doc(106, "saudi-oil-facilities-drone-attacks", SPLIT)
d.s('place', 'Saudi Arabia')                                   # "Saudi Arabia's state-owned Saudi Aramco": the country as possessor; Aramco a company
# "multiple drone strikes": bare quantifier
sp = d.s('speaker', 'state media')                             # "which state media said": the relative pronoun is the subject (row 39)
d.q(sp, 'were under control')
d.s('place', 'Yemen')                                          # "Yemen-based": a country as modifier
# "claimed responsibility": object
sp = d.s('speaker', 'the Saudi Press Agency')
d.q(sp, 'the attacks occurred at 4:00 A.M. local time (0100 UTC) and struck the largest processing plant at Abqaiq and the Khurais oil field')
# "4:00 A.M.", "0100 UTC": times of day
d.s('place', 'Abqaiq')
d.s('place', 'Khurais oil field')
d.s('figure', 'about 160 km')
d.s('figure', '100 miles')
d.s('place', 'Riyadh')
sp = d.s('speaker', 'The agency')                              # "did not mention if ...": no claim
d.q(sp, 'exports were continuing')
sp = d.s('speaker', 'anonymous sources')                       # Reuters only relays the sources it cites
d.q(sp, 'both production and export of oil had been disrupted')
sp = d.s('speaker', 'Saudi officials')
d.q(sp, '5.7  million barrels of per-day production had been disrupted')
d.s('figure', '5.7  million barrels')                          # two spaces in the text; "of per-day production" after
d.s('figure', "nearly half of Saudi Arabia's entire production")   # like "nearly half of production"
d.s('place', 'Saudi Arabia', after='nearly half of ')
d.s('figure', 'around five percent')
d.s('place', 'Yemen', after='al-Masirah TV in ')              # "al-Masirah TV" only carries the speech
sp = d.s('speaker', 'Houthi military spokesperson Yahya Sarea')
d.q(sp, 'it had carried out the attack using ten drones')
d.s('figure', 'ten drones')
sp = d.s('speaker', 'him', after='According to ')
d.q(sp, 'it was among the largest Houthi operations inside of Saudi Arabia and was accomplished with the help of "honourable people inside the kingdom"')
d.s('place', 'Saudi Arabia', after='Houthi operations inside of ')
d.q(sp, 'honourable people inside the kingdom')
sp = d.s('speaker', 'Saree')
d.q(sp, 'These attacks are our right, and we warn the Saudis that our targets will keep expanding')   # "we warn ... that": a performative of the speaker's own, no nested quote (row 109)
d.q(sp, 'We have the right to strike back in retaliation to the air strikes and the targeting of our civilians for the last five years.')
d.s('figure', 'five years')
sp = d.s('speaker', 'US Secretary of State Mike Pompeo')       # "blaming Iran for the attacks": object
d.s('place', 'US', after='Saree said. ')
d.s('place', 'Iran', after='blaming ')
d.q(sp, 'there was "no evidence the attacks came from Yemen."')
d.q(sp, 'no evidence the attacks came from Yemen.')
d.s('place', 'Yemen', after='no evidence the attacks came from ')
sp = d.s('speaker', "BBC's Jonathan Marcus")                   # the outlet as possessor belongs to the phrase
d.q(sp, 'questions remain how much direct Iranian assistance is received by the Houthis who are ideologically aligned with Iran')
d.s('place', 'Iran', after='ideologically aligned with ')
d.s('place', 'Saudi Arabia', after='In 2015, ')
# "the Royal Saudi Air Force": a body's name; "The United Nations called the resulting humanitarian crisis the
# worst in the world": an object complement without marks, no quote (like "characterizes ... as" in row 81)
d.s('place', 'Abqaiq', after='In 2006, ')
