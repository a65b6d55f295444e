# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md.
# Rows 57 and 81 of wikinews_2019.csv + wikinews_2020.csv; same DSL as gold_annotations.py.

# ---------------- tuning ----------------
d = doc(57, "doris-day-dies", "tuning")
# Hurricane Katrina (event), the song / stage-name titles in quotation marks (names, not attributed words),
# "considered her best film performance" (opinion, not speech) and "Amundson cited improvements ..."
# (object of a speech verb) are not tagged.
d.s('place', 'US', after='2019')                          # country name used as a modifier ("US singer")
d.s('place', 'Carmel Valley')
d.s('place', 'California', after='Carmel Valley, ')
sp = d.s('speaker', "Day's animal foundation")
d.q(sp, 'she had been in otherwise "excellent physical health for her age" but had recently had pneumonia')
d.q(sp, 'excellent physical health for her age')
sp = d.s('speaker', 'they', after='Day, ')                 # reported clause interrupted by the attribution: two spans
d.q(sp, 'Day', after='pneumonia.')
d.q(sp, 'desired no memorials or grave markers')
sp = d.s('speaker', 'Fashion designer Mary Quant')        # the BBC only relays
d.q(sp, 'Doris Day was America. Doris Day was everything that was wonderful about America. She was all woman, as well as being the girl next door. She had it all.')
d.s('place', 'America', after='Doris Day was ')
d.s('place', 'America', after='wonderful about ')
d.s('place', 'Cincinnati', after='Kappelhoff in ')
d.s('place', 'Ohio')
d.s('place', 'United States', after='Cincinnati, Ohio in the ')
d.s('figure', '12', after='at age ')                     # cf. "age 29" -> '29' in row 49
d.s('place', 'Cincinnati', after='singing first on ')      # place used as a modifier ("Cincinnati radio")
d.s('figure', '29 studio albums')
sp = d.s('speaker', 'Day', after='and all that," ')
d.q(sp, "I have the unfortunate reputation of being Miss Goody Two-Shoes, America's Virgin, and all that,")
d.q(sp, "so I'm afraid it's going to shock some people for me to say this, but I staunchly believe no two people should get married until they have lived together[.]")
d.s('place', 'America', after='Miss Goody Two-Shoes, ')   # possessive of the country inside an epithet
d.s('figure', 'two people', after='staunchly believe no ')
sp = d.s('speaker', 'Humane Society executive director Sara Amundson')
d.q(sp, 'Day "founded one of the first national animal protection organizations dedicated to legislative remedies for the worst animal abuse[,]" which "led to dozens of bills, final rules and policies on the federal level[.]"')
d.q(sp, 'founded one of the first national animal protection organizations dedicated to legislative remedies for the worst animal abuse[,]')
d.q(sp, 'led to dozens of bills, final rules and policies on the federal level[.]')
d.s('figure', 'dozens of bills')
sp = d.s('speaker', 'Day', after='When interviewed by the BBC, ')   # the BBC only relays
d.q(sp, "Nothing was ever talked about as far as his private life, I must tell you. Many people would ask me, 'Is Rock Hudson really gay?' and I said, 'It's something that I will not discuss. First of all, I know nothing about his private life, and if I did I wouldn't discuss it, so I can't tell you one thing about him except that he is a nice man.'")
sp = d.s('speaker', 'Many people', after='I must tell you. ')   # nested attributions inside Day's quote
d.q(sp, 'Is Rock Hudson really gay?')
sp = d.s('speaker', 'I', after='really gay?\' and ')
d.q(sp, "It's something that I will not discuss. First of all, I know nothing about his private life, and if I did I wouldn't discuss it, so I can't tell you one thing about him except that he is a nice man.")
d.s('figure', 'one child')
sp = d.s('speaker', 'She', after='whom she divorced in 1981.')
d.q(sp, 'Jorden had been physically abusive to her')
sp = d.s('speaker', 'Day', after='magazine The Bark, ')    # The Bark only relays
d.q(sp, "I've been through everything. I always said I was like those round-bottomed circus dolls — you know, those dolls you could push down and they'd come back up? I've always been like that. I've always said, 'No matter what happens, if I get pushed down, I'm going to come right back up.'")
sp = d.s('speaker', 'I', after='been through everything. ')   # nested attributions inside Day's quote
d.q(sp, "I was like those round-bottomed circus dolls — you know, those dolls you could push down and they'd come back up")
sp = d.s('speaker', 'I', after='always been like that. ')
d.q(sp, "No matter what happens, if I get pushed down, I'm going to come right back up.")

d = doc(81, "el-paso-walmart-shooting", "tuning")
# Walmart and the Cielo Vista Mall are businesses / buildings, not places (cf. Fishmongers' Hall).
# "U.S. officials identified the suspect as ..." and "The archive characterizes events ... as a mass shooting"
# have only an object (no clause, no marked words): not quotes.
sp = d.s('speaker', 'officials', after='reported ')
d.q(sp, 'On Saturday morning, a gunman shot shoppers at a Walmart store in the U.S. border city of El Paso, Texas, with the death toll rising to 22 people on Monday')
d.q(sp, 'with 25 others injured')                            # continuation after the interrupting attribution
d.s('place', 'U.S.', after='Walmart store in the ')
d.s('place', 'El Paso', after='border city of ')
d.s('place', 'Texas', after='border city of El Paso, ')
d.s('figure', '22 people')
d.s('figure', '25 others')
sp = d.s('speaker', 'Police', after='25 others injured. ')
d.q(sp, 'the suspected gunman surrendered himself to police after being confronted by officers')
sp = d.s('speaker', 'police', after='according to ')       # also said the second clause ("police, who said ...")
d.q(sp, 'The shooting began at 10:39 a.m. local time (1639 UTC)')
d.q(sp, 'officers arrived at the Walmart six minutes later')
d.s('figure', 'six minutes')
sp = d.s('speaker', 'they', after='capital murder, ')
d.q(sp, 'State prosecutors charged the suspect in the shooting with capital murder')   # "said Sunday": time stays out
sp = d.s('speaker', 'prosecutor Josh Bash')                 # role after the name left out
d.q(sp, 'Federal authorities are investigating the shooting as domestic terrorism')
d.s('place', 'U.S.', after='Josh Bash, the ')
d.s('place', 'Western District of Texas')                 # named (judicial) district; one span
sp = d.s('speaker', 'Bash', after='Western District of Texas. ')
d.q(sp, 'designed to intimidate a civilian population, to say the least.')
sp = d.s('speaker', 'Bash', after='certain justice," said ')
d.q(sp, "We are treating it as a domestic terrorism case, and we're going to do what we do to terrorists in this country, which is deliver swift and certain justice,")
d.s('figure', 'roughly five miles')
d.s('figure', 'eight kilometers')
d.s('place', 'U.S.', after='from the ')
d.s('place', 'Mexico', after='from the U.S.–')
d.s('place', 'El Paso', after='border crossing between ')
d.s('place', 'Ciudad Juárez')
d.s('place', 'Mexico', after='Ciudad Juárez, ')
d.s('place', 'Rio Grande')
sp = d.s('speaker', 'Mexican President Andrés Manuel López Obrador')
d.q(sp, 'six Mexican nationals were killed in the attack, and seven more were injured')
d.s('figure', 'six Mexican nationals')
d.s('figure', 'seven more')
sp = d.s('speaker', 'Another report from the Mexican government')   # "during the weekend" left out
d.q(sp, 'eight Mexicans died in the attack')
d.s('figure', 'eight Mexicans')
sp = d.s('speaker', "Mexico's Foreign Secretary Marcelo Ebrard")
d.s('place', 'Mexico', after='died in the attack.')
d.q(sp, 'the Mexican government would pressure the U.S. government to provide better protections for Mexicans in the United States')
d.s('place', 'U.S.', after='would pressure the ')
d.s('place', 'United States', after='protections for Mexicans in the ')
sp = d.s('speaker', 'The foreign minister')
d.q(sp, 'Mexico would consider charging the gunman with terrorism against Mexicans and would seek to extradite the gunman to face charges in Mexico')
d.s('place', 'Mexico', after='The foreign minister said ')
d.s('place', 'Mexico', after='to face charges in ')
sp = d.s('speaker', 'Ebrard', after='charges in Mexico. ')
d.q(sp, 'As far as I know, this would be the first case of this type in history')
d.q(sp, 'For Mexico, this individual is a terrorist')         # "adding": same speaker
d.s('place', 'Mexico', after='"For ')
d.s('place', 'U.S.', after='terrorist".')
d.s('figure', '21-year-old')
d.s('place', 'Allen')
d.s('place', 'Texas', after='Allen, ')
d.s('place', 'Dallas')
sp = d.s('speaker', 'the El Paso mayor, Dee Margo')         # role + apposition name
d.s('place', 'El Paso', after='According to the ')
d.q(sp, 'during the weekend, police were investigating whether a manifesto posted online to the message board 8chan was written by the suspect')
sp = d.s('speaker', 'the writer')
d.q(sp, 'cultural and ethnic replacement brought on by an invasion')   # partial quote in an object: only the marked words
d.s('place', 'United States', after='Hispanic people into the ')
sp = d.s('speaker', 'U.S. Attorney Bash')
d.s('place', 'U.S.', after='Hispanic people into the United States.')
d.q(sp, "the manifesto if written by the suspect could strengthen the federal government's case")
d.q(sp, "The key factor here is that it appears to be an intent to coerce or intimidate a civilian population[...] That's met here.")
sp = d.s('speaker', "El Paso's police chief Greg Allen")
d.s('place', 'El Paso', after="That's met here.")
d.q(sp, 'the police were attributing authorship of the document to Crusius')   # "late Sunday" stays out
sp = d.s('speaker', 'data from the Gun Violence Archive')   # the archive reports its own data
d.q(sp, 'the shooting followed four deadly mass shootings in the United States that week, including one in California at a garlic festival in Gilroy, killing three, and another in Chippewa Falls, Wisconsin where at least five died')
d.s('figure', 'four deadly mass shootings')
d.s('place', 'United States', after='four deadly mass shootings in the ')
d.s('place', 'California', after='including one in ')
d.s('place', 'Gilroy')
d.s('figure', 'three', after='killing ')
d.s('place', 'Chippewa Falls')
d.s('place', 'Wisconsin')
d.s('figure', 'at least five')
d.s('place', 'El Paso', after='at least five died. The ')   # "The El Paso shooting": descriptive, not an event name
d.s('figure', 'less than thirteen hours')
d.s('place', 'Dayton')
d.s('place', 'Ohio')
d.s('figure', 'ten people')
d.s('figure', 'four or more people')
