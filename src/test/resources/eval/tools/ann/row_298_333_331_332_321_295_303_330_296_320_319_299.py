# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Thirteenth round: the blind part heldout13, 49 articles of 2024-2026
# (src/test/resources/samples/wikinews/wikinews_2024_2026.csv, read by make_gold.py as rows 295-343)
# drawn in the order
#
#   random.Random(2036).sample(range(295, 344), 49)
#   annotators A-D
#   this file (annotator A)  ->  [298, 333, 331, 332, 321, 295, 303, 330, 296, 320, 319, 299]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "heldout13"

# ---------------- heldout13 ----------------
d = doc(298, "wayback-machine-data-breach-ddos", SPLIT)
# "Internet Archive", "Wayback Machine": an organisation and a service; "On Wednesday": a day
d.s('figure', '31 million user passwords')                     # "and screen names" after the counted noun stays out
d.s('figure', 'two events')                                    # "the two events", like "the two explosions"
d.s('figure', 'two', after='current evidence suggested that the ')   # "the two [events]"
# "current evidence suggested that ...": evidence, no one speaking; left out
sp = d.s('speaker', 'a JavaScript pop-up message')             # a message as the speaker ("read:"), like a banner
d.q(sp, 'Have you ever felt like the Internet Archive runs on sticks and is constantly on the verge of suffering a catastrophic security breach? It just happened. See 31 million of you on HIBP!')
d.s('figure', '31 million of you')
# '"HIBP" is an abbreviation for "Have I Been Pwned,"': a term and a site's name in marks, no quotes
sp = d.s('speaker', 'The Archive')                             # "providing ... with": the marked words are its own motto
d.q(sp, 'universal access to all knowledge')
# "in 1996": a date; '"look back"': marks without attribution; "the next several days": a bare quantifier
d.s('place', 'Russia')
# "has claimed responsibility", "accused ... of supporting Israel", "cited this as": objects, no quotes
d.s('place', 'United States')                                  # "the United States government": a country as modifier
d.s('place', 'Israel')
d.s('figure', '6.4 gigabytes')
# "September 28", "September 30", "October 5", "October 6": dates; "Hunt notified ...": no words reported

d = doc(333, "orleans-parish-jail-escape", SPLIT)
# "Friday, May 16, 2025": a date
d.s('figure', 'ten inmates')
d.s('place', 'Parish Justice Center Orleans')                  # a named building (settled: named sites)
d.s('place', 'New Orleans')
d.s('place', 'Louisiana')
d.s('place', 'United States')
# "south-east coast": no name; "8:30 a.m.", "13:30 UTC": times of day
d.s('place', 'Louisiana', after='8:30 a.m. ')                  # "Louisiana time": the place the time zone is named after
d.s('figure', '20 years old')
d.s('place', 'French Quarter')                                 # a named area
sp = d.s('speaker', "the Orleans Parish Sheriff's Office")      # a place inside a body's name is not tagged
d.q(sp, 'as of Saturday afternoon, seven inmates remained at large, with the other three apprehended by Friday night - including Robert Moody and Dkenan Dennis')
d.s('figure', 'seven inmates')
d.s('figure', 'three', after='with the other ')                # "the other three [inmates]"
sp = d.s('speaker', 'LA State Police')                         # "LA" inside a body's name
d.q(sp, 'a fourth fugitive was captured on Monday — Gary C. Price, 21 years old')   # "fourth": an ordinal
d.s('figure', '21 years old')
d.s('figure', '19 years old')
sp = d.s('speaker', 'Sheriff Hutson')
d.q(sp, 'the inmates began forcing a cell door off its track shortly before 12:30 a.m. Louisiana time (05:30 UTC)')
d.s('place', 'Louisiana', after='12:30 a.m. ')
sp = d.s('speaker', 'Hutson', after='break open a door," ')
d.q(sp, 'They managed to break open a door,')
d.q(sp, 'a staff member was present in the pod at the time')  # "noting that ...": a second reported clause
d.s('place', 'Louisiana', after='1:01 a.m. ')
# "Surveillance footage showed ...": no speech
sp = d.s('speaker', 'graffiti')                                # writing "reading" words, like a banner "saying" a slogan
d.q(sp, 'We Innocent')
d.q(sp, 'Too Easy LoL.')
d.s('figure', 'Three of the missing inmates')                  # like "two-thirds of the members"
# "several drug offenses": a bare quantifier
sp = d.s('speaker', 'Authorities', after='Police were also searching')
d.q(sp, 'the escapees were armed and dangerous')
d.s('figure', '36 staff')                                      # "only" stays out
d.s('figure', '4 supervisors')
# "emphasized the urgent need for ...": object, no quote
d.s('figure', '$5.2 million')
sp = d.s('speaker', 'They', after='possibility of inside assistance. ')
d.q(sp, 'they would hold anyone who aided the escape accountable')
# "urged residents to stay alert ...": infinitive objects, no quote

d = doc(331, "nj-transit-engineers-strike", SPLIT)
# "Friday, May 16", "12:01 a.m. EDT (0401 UTC)": a date and times; "Brotherhood of Locomotive Engineers and Trainmen": a union
sp = d.s('speaker', 'The members')
d.q(sp, 'there was lack of agreement with New Jersey (NJ) Transit officials on the terms and conditions of the new contract')
# "New Jersey (NJ) Transit": the body's name, no place; "MTA Metro-North West of Hudson service": a service's name
sp = d.s('speaker', 'The union')
d.q(sp, 'the strike was expected to last until Sunday')      # the when-clause is Kolluri's (nested attribution)
sp = d.s('speaker', 'NJ Transit CEO Kris Kolluri')
d.q(sp, 'the two parties would meet again in Washington, D.C., with federal mediators, the National Mediation Board')
d.s('figure', 'two parties')
d.s('place', 'Washington')
d.s('place', 'D.C.')
d.s('place', 'Hoboken Terminal')                               # a named site
d.s('place', 'Newark')
sp = d.s('speaker', 'signs')                                   # signs "that said" slogans, like a banner
d.q(sp, 'Locomotive Engineers on Strike')
d.q(sp, 'NJ Transit: Millions for Penthouse Views Nothing for Train Crews.')
d.s('figure', 'Millions')                                      # a count word (of dollars)
# "as described in a statement by ...", "cited the excessive spending": no reported clause
sp = d.s('speaker', 'He', after='pay increases for the workers. ')
d.q(sp, 'NJ Transit has a half-billion dollars for a swanky new headquarters and $53 million for decorating the interior of that unnecessary building. They gave away $20 million in revenue during a fare holiday last year. They have money for penthouse views and pet projects, just not for their front-line workers. Enough is enough. We will stay out until our members receive the fair pay that they deserve.')
d.s('figure', 'a half-billion dollars')
d.s('figure', '$53 million')
d.s('figure', '$20 million')
sp = d.s('speaker', 'Murphy and Kolluri')
d.q(sp, 'there is "no sense of panic" amongst NJ Transit officials')
d.q(sp, 'no sense of panic')
d.q(sp, 'they were "prepared" for the possibility of a strike')
d.q(sp, 'prepared')
sp = d.s('speaker', 'NJ Transit officials', after='possibility of a strike. ')
d.q(sp, 'the strike would "disrupt the lives of more than 350,000 commuters"')
d.q(sp, 'disrupt the lives of more than 350,000 commuters')
d.s('figure', 'more than 350,000 commuters')
d.q(sp, 'very limited capacity to existing New York commuter bus routes in close proximity to rail stations and contracting with private carriers to operate bus service')   # "added": the marked words are theirs
d.s('place', 'New York', after='very limited capacity to existing ')   # a place as modifier
# "a Colombian singer": an adjective
d.s('place', 'MetLife Stadium')                                # a named building
d.s('place', 'New Jersey', after='Kolluri and ')              # "New Jersey Gov.": the state the title is of
# "around 10:00 p.m. EDT (0200 UTC, May 16)": times; "to forewarn ...", "recommending for commuters to ...": objects
sp = d.s('speaker', 'it', after='even with the train replacement bus service, ')   # "according to NJ Transit, ..., it predicted that": the nearest attributed mention
d.q(sp, 'they could only accommodate "approximately 20% of current rail customers"')
d.q(sp, 'approximately 20% of current rail customers')
d.s('figure', 'approximately 20% of current rail customers')
sp = d.s('speaker', 'the NJ Transit CEO')
d.q(sp, 'the parties would aim to negotiate for engineers a pay raise that doesn\'t "bankrupt" the company and "put it in a death spiral"')
d.q(sp, 'bankrupt')
d.q(sp, 'put it in a death spiral')
sp = d.s('speaker', 'Kris', after='One of ')                                    # "One of Kris's primary arguments was that ...": the argument's content is his
d.q(sp, 'NJ Transit going bankrupt would leave the engineers unemployed')
sp = d.s('speaker', 'BLET union', after='Meanwhile, ')
d.q(sp, 'NJ Transit engineers "make at least $10 less per hour" than Amtrak and Long Island Railroad employees, with the resulting attrition reducing number of NJT engineers from around 500 to around 400 within the last several months')
d.q(sp, 'make at least $10 less per hour')
d.s('figure', 'at least $10')                                  # "less per hour" after the amount stays out
# "Long Island Railroad": a company
d.s('figure', 'around 500 to around 400')                      # a range, "from" stays out
d.s('figure', '42 years', after='rail strike in ')
sp = d.s('speaker', 'BLET union', after='According to BLET')
d.q(sp, 'its NJ Transit members had no pay raise during the last five years')
d.s('figure', 'five years', after='during the last ')

d = doc(332, "uk-neo-nazis-convicted-terrorism", SPLIT)
# "Wednesday, May 14": a date
d.s('place', 'Sheffield Crown Court')                          # a named building that locates the conviction
d.s('place', 'Sheffield', after='Crown Court in ')
d.s('place', 'South Yorkshire')
d.s('place', 'England')
d.s('figure', 'three UK extremists')
d.s('place', 'UK', after='convicted three ')                  # a country as modifier
# '"planning an act of terrorism"': the charge's name in marks, no quote; "February 2024": a date
d.s('figure', '34 years old')
d.s('figure', '25 years old')
d.s('figure', 'nine-week')                                     # a duration as a modifier
d.s('figure', 'over 200 weapons')                             # "evidence ... about": a preposition, not an approximator
d.s('place', 'Derbyshire')
d.s('place', 'Staffordshire')
d.s('place', 'Yorkshire', after='Staffordshire and ')
sp = d.s('speaker', 'Detective Chief Superintendent James Dunkerley')   # ", Head of Counter Terrorism Policing North East" after the name
d.q(sp, 'Some of their defence in court was that it was all fantasy or just part of harmless chat, however all three took real world steps to plan and prepare for carrying out an attack on innocent citizens.')
d.s('figure', 'all three')                                     # like "all eleven of the legislative bills"
sp = d.s('speaker', 'Prosecutor Jonathan Sandiford')
d.q(sp, 'It was their belief that there must soon come a time when there would be a race war between the white and other races.')
d.s('figure', 'three men')
# "Telegram", '"Einsatz 14,"': a service and a channel's name (the number is part of the name)
d.s('figure', 'two counts')
# '"collecting information ..."': the charge's name in marks; '"stun gun"': marks without attribution; "FGC9": a model
sp = d.s('speaker', 'The judge, Mrs Justice Cutts')           # the role, then the name as apposition
d.q(sp, 'You must all expect substantial custodial sentences.')
# "July 17": a date

d = doc(321, "iran-us-fourth-round-talks", SPLIT)
# "Saturday, April 26": a date; "Iranian": an adjective; "third round": an ordinal
d.s('place', 'United States')                                  # a country as modifier
d.s('place', 'U.S.')                                           # the short form in brackets
d.s('place', 'U.S.', after='delegation led by U.S.')              # "U.S. Special Envoy": the country the title is of
d.s('figure', 'around six hours')
d.s('place', 'Muscat')
d.s('place', 'Oman')
# "Omani diplomats": an adjective
d.s('place', 'Iran', after='Kazem Gharibabadi from ')
d.s('place', 'U.S.', after='Michael Anton from ')
sp = d.s('speaker', 'Abbas Araghchi', after='After the talks, ')
d.q(sp, "During the recent round of negotiations, we provided answers to the other side's questions, and the atmosphere was completely serious and work-focused. ... It was agreed that further reviews would be conducted in the capitals ahead of the next meeting to identify ways to narrow the gaps.")
sp = d.s('speaker', 'Omani Foreign Minister Sayyid Badr al-Busaidi')
d.q(sp, 'the talks had indicated "a shared aspiration to reach agreement based on mutual respect and enduring commitments"')
d.q(sp, 'a shared aspiration to reach agreement based on mutual respect and enduring commitments')
sp = d.s('speaker', 'A senior US administration official')
d.s('place', 'US', after='A senior ')                          # a country as modifier
# "spoke of the talks as productive and positive": no marks, no reported clause
d.q(sp, 'There is still much to do, but further progress was made on getting to a deal')
d.q(sp, 'both sides agreed to meet again in Europe "soon"')  # "and that ...": a second reported clause
d.s('place', 'Europe')
d.q(sp, 'soon')
# "29th Muscat International Book Fair": an event's name; "The Power of Negotiation": a title
# "Dar Luban pavilion": a publisher's stand at the fair, read as an organisation's, no place
d.s('place', 'Iran', after='The exhibition includes ')      # "Iran's pavilion": the country as possessor
# "Iran Book and Literature House": a body's name
d.s('place', 'Oman', after='Cultural Attaché Office in ')    # "in Oman" locates the office, read as outside its name
# "May 3": a date
d.s('place', 'Muscat', after='also in ')

d = doc(295, "starliner-astronauts-return-spacex", SPLIT)
sp = d.s('speaker', 'NASA')                                    # "(National Aeronautics and Space Administration)" after the name stays out
d.q(sp, 'Sunita Williams and Barry Wilmore would return home from the International Space Station (ISS) on a SpaceX Crew Dragon spacecraft in February 2025')
# "International Space Station", "Earth": not geographic locations (rows 229, 105)
sp = d.s('speaker', 'the NASA announcement')                   # the sentence before "the NASA announcement said" is its content
d.q(sp, 'The Boeing Starliner, the spacecraft which had been expected to transport the crew from ISS earlier in June, would return to Earth "un-crewed" — on autopilot with planned landing in a desert in New Mexico, possibly next month')
d.q(sp, 'un-crewed')
d.s('place', 'New Mexico')
# "several thruster malfunctions": a bare quantifier
sp = d.s('speaker', 'National Public Radio')                   # "(NPR," after the name stays out
d.q(sp, 'inexplicably conked out as Starliner approached the station.')
sp = d.s('speaker', 'Steve Stich')                             # ", the manager of ..." after the name
d.q(sp, "they didn't know if Starliner's thrusters would fail at critical moments")
# "Boeing's first crewed space mission": an ordinal
d.s('figure', 'three previous attempts')
d.s('figure', 'two NASA astronauts')
# "June 5": a date
d.s('figure', 'eight-day')                                     # "an eight-day long mission": a duration as a modifier
# "several months": a bare quantifier; "Expedition 71/72": a name
sp = d.s('speaker', 'Boeing', after='Expedition 71/72.\n\n\n')   # "wrote on social media about its commitment ...": object; the marked words are its own
d.q(sp, 'to focus, first and foremost, on the safety of the crew and spacecraft. We are executing the mission as determined by NASA, and we are preparing the spacecraft for a safe and successful uncrewed return.')
sp = d.s('speaker', 'NASA', after='allow room for Williams and Wilmore, ')
d.q(sp, 'The Crew Dragon would carry two astronauts to the ISS instead of the planned 4 to allow room for Williams and Wilmore')
d.s('figure', 'two astronauts', after='The Crew Dragon would carry ')
d.s('figure', '4', after='instead of the planned ')          # "the planned 4 [astronauts]"
sp = d.s('speaker', 'NASA', after='NASA announced.\n\n\n', occ=1)
d.q(sp, 'SpaceX would reportedly leave Earth in September for the planned Crew-9 mission, with a change of plans to have only two crew on board, so that the remaining two free seats will be available for the stranded astronauts to return on Earth in February')
d.s('figure', 'two crew')                                      # "only" stays out
d.s('figure', 'two free seats')
# "in 2020", "September 24": dates
d.s('figure', 'two astronauts', after='Dragon-specific spacesuits for the ')
d.s('figure', 'two', after='providing the ')                  # "the two [astronauts]"
sp = d.s('speaker', 'BBC')                                     # the outlet's own reckoning
d.q(sp, 'To date, SpaceX had completed nine crewed flights to space for NASA and several commercial flights')
d.s('figure', 'nine crewed flights')

d = doc(303, "south-korea-martial-law-declared-lifted", SPLIT)
# "11 pm local time (1400 UTC)": times; "declared martial law": an act, no reported clause
d.s('place', 'South Korea')
sp = d.s('speaker', 'The President')                           # "cited ... as the motivation": object; the marked words are his
d.q(sp, 'anti-state forces')
# "4:30 am Wednesday (1930 UTC on December 3)": times
d.s('figure', '72 hours')                                      # "within" stays out
sp = d.s('speaker', "President Yoon's speech")                 # a speech as the speaker ("attributed ... seeking")
d.q(sp, '22 motions to impeach government officials, and ... pushing for the impeachment of a tenth individual,')
d.s('figure', '22 motions')                                    # "a tenth individual": an ordinal
d.q(sp, 'to protect the Republic of Korea from the threats of North Korean communist forces, to immediately eradicate the unscrupulous pro-Pyongyang antistate forces that pillage the freedom and happiness of our people and to protect free constitutional order.')
d.s('place', 'Republic of Korea')
# "North Korean": an adjective
d.s('place', 'Pyongyang')                                      # "pro-Pyongyang": the capital standing for its government, like "pro-Beijing"
sp = d.s('speaker', 'CNN', after='constitutional order." ')    # the outlet's own report
d.q(sp, "Yoon's decree of martial law prohibited all political activities")
d.s('place', 'National Assembly building')                     # a named building; "the National Assembly" elsewhere: a body
# "around 1:00 am local time (1600 UTC on December 3)": times
d.s('figure', '190–0')                                         # a vote count, like "230-to-198"
sp = d.s('speaker', 'President Yoon', after='(1930 UTC on December 3), ')
d.q(sp, 'martial law was to be lifted as soon as a quorum of the cabinet were established')
sp = d.s('speaker', 'President Yoon', after='were established. ')
d.q(sp, 'request the National Assembly to immediately stop its reckless actions that paralyze the functions of the state through repeated impeachment, legislative manipulation, and budget manipulation.')   # "continued to": the marked words are his
sp = d.s('speaker', 'Han Dong-hoon')                           # ", the leader of ..." after the name; CNN only relays
d.q(sp, 'wrong')                                               # "describing it as"
d.q(sp, 'he would join the opposition and "block it,"')
d.q(sp, 'block it,')
# "assigned a new military minister": no speech
sp = d.s('speaker', 'Kim Yong-hyun')                           # "who ... recommended that": the recommendation's content; SBS News only relays
d.q(sp, 'Yoon declare martial law')

d = doc(330, "white-house-ai-image-trump-pope", SPLIT)
d.s('place', 'US')                                             # "US White House social media accounts": a country as modifier
d.s('place', 'US', after='appeared to show ')                 # "US President"
# "White House": the administration, not a place here; "Truth Social": a service
d.s('figure', 'eleven days')                                   # "prior" after it stays out; "April 21": a date
# "had joked about wanting to be Pope": object; "several days": a bare quantifier
sp = d.s('speaker', 'A spokesperson for the New York State Catholic Conference')   # New York inside a body's name
d.q(sp, 'the president was "mocking" the faith')
d.q(sp, 'mocking')
sp = d.s('speaker', 'They', after='the faith. ')
d.q(sp, 'There is nothing clever or funny about this image, Mr. President. We just buried our beloved Pope Francis and the cardinals are about to enter a solemn conclave to elect a new successor of St Peter. Do not mock us.')
sp = d.s('speaker', 'Former Italian Prime Minister Matteo Renzi')   # "Italian": an adjective
d.q(sp, 'the image "offends believers, insults institutions and shows that the leader of the right-wing world enjoys clowning around."')   # "expressing his belief that": a speech noun's content clause
d.q(sp, 'offends believers, insults institutions and shows that the leader of the right-wing world enjoys clowning around.')
sp = d.s('speaker', 'The White House')                         # "denied that", like "The FSB denies [that]"
d.q(sp, 'the post was intended to affront or disparage the Catholic Church')
sp = d.s('speaker', 'White House press secretary Karoline Leavitt')
d.q(sp, 'President Trump flew to Italy to pay his respects to Pope Francis and attend his funeral, and he has been a staunch champion for Catholics and religious liberty.')
d.s('place', 'Italy')
d.s('place', 'Vatican')                                        # "The Vatican declined to comment": the state standing for its government
sp = d.s('speaker', 'AP News')                                 # the outlet's own account, no one else's words
d.q(sp, 'The event of a pope\'s death and the subsequent election is traditionally approached with "utmost solemnity" among practionioners of the Catholic faith in the Vatican')
d.q(sp, 'utmost solemnity')
d.s('place', 'Vatican', after='Catholic faith in the ')
d.s('place', 'US', after='Former US President')                          # "Former US President"
# "had previously been accused of mocking": passive, no one named

d = doc(296, "apalachee-high-school-shooting", SPLIT)
d.s('figure', 'two fourteen year old students')                # one quantity with its counted noun, like "two 12-roll packs"
d.s('figure', 'two mathematics teachers')
d.s('place', 'Apalachee High School')                          # a named building
d.s('place', 'Winder')
d.s('place', 'Georgia')
d.s('place', 'United States')
sp = d.s('speaker', 'Chris Hosey')                             # ", the director of ..." after the name; Georgia inside a body's name
d.q(sp, 'Nine other people, eight students and one teacher, were hospitalized')
d.s('figure', 'Nine other people')
d.s('figure', 'eight students')
d.s('figure', 'one teacher')
sp = d.s('speaker', "Grady's director of public relations, Danielle Hackett")   # the role, then the name as apposition; CNN only relays
d.q(sp, 'One of them has been transported by helicopter to Grady Memorial Hospital')   # "One of them": 'one of', no count
d.s('place', 'Grady Memorial Hospital')
sp = d.s('speaker', 'Barrow County Sheriff Jud Smith')
d.s('place', 'Barrow County')                                  # the county the title is of
d.q(sp, 'all of the hospitalized victims are expected to survive and are "going to recover well"')
d.q(sp, 'going to recover well')
sp = d.s('speaker', 'some of law enforcement sources')         # CNN only relays
d.q(sp, 'there could be up to 30 people who were injured')
d.s('figure', 'up to 30 people')
# "several ambulances": a bare quantifier; "video ... showed": no speech
sp = d.s('speaker', 'the GBI', after='According to ')
d.q(sp, 'the suspect is a fourteen year old student, named Colt Gray')
d.s('figure', 'fourteen year old', after='the suspect is a ')  # an age
sp = d.s('speaker', 'his classmate')
d.q(sp, 'he left the classroom at the beginning of their Algebra 1 class around 9:45 a.m. local time')   # "Algebra 1": a name; a time of day
sp = d.s('speaker', 'an account from another student in the class')   # `according to X`, like "a statement by ..."; CNN only relays
d.q(sp, 'A student opened the door, saw the gun, and refused to let Colt Gray in')
sp = d.s('speaker', 'the same sources')
d.q(sp, 'Gray started shooting in the next classroom')
sp = d.s('speaker', 'the GBI', after='Gray started shooting in the next classroom.')
d.q(sp, 'the sheriff\'s office received calls of an active shooter at the school at around 10:20 am, with law enforcement arriving at the scene "within minutes," in addition to two school resources officers who were assigned to Apalachee High')
d.q(sp, 'within minutes,')
d.s('figure', 'two school resources officers')
d.s('place', 'Apalachee High', after='who were assigned to ')
sp = d.s('speaker', 'Hosey', after='As Hosey')
d.q(sp, 'the resource officers "immediately encountered the subject within just minutes of this report going out... Once they encountered the subject, the subject immediately surrendered to these officers and he was taken into custody"')
d.q(sp, 'immediately encountered the subject within just minutes of this report going out... Once they encountered the subject, the subject immediately surrendered to these officers and he was taken into custody')
sp = d.s('speaker', "GBI's Director Hosey")
d.q(sp, 'authorities still are investigating how the suspect brought into the school the "AR-platform style weapon" that was used in the shooting')
d.q(sp, 'AR-platform style weapon')
sp = d.s('speaker', 'a law enforcement official')              # CNN only relays
d.q(sp, 'an AR-15 style rifle')                                # "AR-15": a model's name
sp = d.s('speaker', "FBI Atlanta's post on X")                 # a post as the speaker; Atlanta inside a body's name
d.q(sp, 'it is aware of the situation and "agents are on scene coordinating with and supporting local law enforcement."')
d.q(sp, 'agents are on scene coordinating with and supporting local law enforcement.')
# "The motive ... is unknown", "was charged with murder": the writer's
sp = d.s('speaker', 'a CNN analysis')                          # the outlet's own count; interrupted by the attribution: two spans
d.q(sp, 'This shooting was the 45th school shooting in the USA in 2024')   # "45th": an ordinal; "in 2024": a date
d.s('place', 'USA')
d.q(sp, 'the deadliest so far this year — one of eleven school shootings with four or more deaths since 2008')
d.s('figure', 'eleven school shootings')                       # "one of": 'one of', no count
d.s('figure', 'four or more deaths')
sp = d.s('speaker', 'U.S. News & World Report')                # the outlet's own data
d.q(sp, 'As of 2024, Apalachee High School has about 1,900 students in grades 9–12, with 528 students in 9th grade')
d.s('place', 'Apalachee High School', after='As of 2024, ')
d.s('figure', 'about 1,900 students')
# "grades 9–12", "9th grade": grade ranks, like ordinals, not figures
d.s('figure', '528 students')

d = doc(320, "colossal-squid-filmed", SPLIT)
# "Wednesday, April 16": a date
sp = d.s('speaker', 'the University of Essex')                 # Essex inside a body's name
d.s('place', 'England')
d.q(sp, 'researchers had, for the first time, recorded footage of a colossal squid, a member of the glass squid family (Cranchiidae), living in the deep sea')
d.s('figure', '30-centimeter')                                 # a size as a modifier; "March 9": a date
d.s('place', 'South Sandwich Islands')
# "British Overseas Territory": no name
d.s('place', 'South Atlantic Ocean')
d.s('figure', 'roughly 600 meters')
d.s('figure', '100 years')
# '"SuBastian"': a vehicle's name in marks, no quote; "Falkor (too)": a ship
d.s('figure', '35-day')
sp = d.s('speaker', 'the Schmidt Ocean Institute', after='According to ')
d.q(sp, 'the 35-day voyage aboard the R/V Falkor (too) was part of an international effort to discover new marine species')
d.s('figure', '35-day', after='According to the Schmidt Ocean Institute, the ')
# "several institutions": a bare quantifier; "Ocean Census", "GoSouth": projects
sp = d.s('speaker', 'Dr Taylor')
d.q(sp, 'It’s incredible that we can leverage the power of the taxonomic community through Falkor (too) telepresence while we are out at sea.')
sp = d.s('speaker', 'Deep-sea biologist Kat Bolstad')          # "of Auckland University of Technology" after the name; her words follow without a verb
d.q(sp, "We're finally seeing confirmed footage of this animal that some of us have been studying and dreaming about for decades.")
# "for decades": no number

d = doc(319, "us-pastor-rescued-south-africa", SPLIT)
sp = d.s('speaker', 'police in South Africa')                  # the place inside the speaker's noun phrase is tagged too
d.s('place', 'South Africa')
d.q(sp, 'three suspects were dead after a "high-intensity shoot-out" during the rescue of US Pastor Josh Sullivan, who was found alive after being kidnapped for ransom during a religious service in the township of Gqeberha in the Eastern Cape of South Africa last week')
d.q(sp, 'high-intensity shoot-out')
d.s('figure', 'three suspects')
d.s('place', 'US', after='during the rescue of ')             # "US Pastor": a country as modifier
d.s('place', 'Gqeberha')                                       # "the township of Gqeberha": the name alone
d.s('place', 'Eastern Cape')
d.s('place', 'South Africa', after='Eastern Cape of ')
sp = d.s('speaker', 'authorities', after='described by ')
d.q(sp, 'miraculously unharmed.')                              # "described ... as"
d.s('place', 'South Africa', after='unharmed."\n\n\n')         # "South Africa's elite police unit": the country the unit is of
sp = d.s('speaker', 'authorities', after='According to ')
d.q(sp, 'the rescue operation involved "verified intelligence wherein a coordinated team [...] moved swiftly to the identified location."')
d.q(sp, 'verified intelligence wherein a coordinated team [...] moved swiftly to the identified location.')
# "they believed to be Sullivan's location": a belief, not speech
sp = d.s('speaker', 'Hawks spokesperson Avele Fumba')
d.q(sp, 'The officers responded with tactical precision, leading to a high-intensity shootout in which three unidentified suspects were fatally wounded,')
d.s('figure', 'three unidentified suspects')
sp = d.s('speaker', 'a subsequent medical evaluation')         # "found him to be in": the marked words are its own
d.q(sp, 'excellent condition.')
d.s('figure', 'Four armed men')
# "Thursday, April 10": a date
sp = d.s('speaker', 'witness Jeremy Hall')                     # the whole "It had been believed that ..." content, per "according to"
d.q(sp, "the suspects had been monitoring Sullivan's family, as the suspects apparently had known Sullivan's name")
sp = d.s('speaker', 'Sullivan', after='nowhere to be found.\n\n\n')   # "self-described": his own words
d.q(sp, 'church planting missionary.')
d.s('place', 'South Africa', after='relocated to ')
d.s('place', 'Tennessee')
# "in 2018": a date
d.s('figure', 'six children')
d.s('place', 'South Africa', after='illegal weapons trade, ')
# "which some have attributed to poverty and inequality": object, no quote

d = doc(299, "lehrmann-judge-book-no-links", SPLIT)
# "October 15, 2024", "in April": dates
sp = d.s('speaker', 'a spokesperson for the Federal Court of Australia')   # Australia inside a body's name
d.q(sp, "neither the court nor Judge Michael Lee, who presided over the Bruce Lehrmann defamation trial concluded in April, had any involvement in a book written about Lee's judgement")
sp = d.s('speaker', 'Melbourne University Publishing')         # "(MUP)" after the name stays out; Melbourne inside a body's name
d.q(sp, "it would publish a book about Lee's judgement titled He Went Back for His Hat")
# "listing Lee as the book's author": object, no quote
sp = d.s('speaker', 'the chairman of the MUP board, Professor Emeritus Warren Bebbington')   # The Sydney Morning Herald only receives the words
d.q(sp, 'they had approached Lee prior to the announcement of the publication')
d.q(sp, "he did not see any issue with the book's publication")   # "and that ...": a second reported clause
sp = d.s('speaker', 'Bebbington', after='in the public domain," ')
d.q(sp, 'The book was an initiative of MUP, but Justice Lee was approached by us in advance and did not see any issue with the publication of a judgement that is in the public domain,')
sp = d.s('speaker', 'Bebbington', after='According to The Herald, ')   # The Herald only relays
d.q(sp, 'the MUP "did not ask Justice Lee for his approval of [the book cover and title]"')
d.q(sp, 'did not ask Justice Lee for his approval of [the book cover and title]')
# "a quote by Lee in which he described Lehrmann's decision ...": object, no quote
sp = d.s('speaker', 'Lee', after='going back for his hat," ')
d.q(sp, "Having escaped the lion's den, Mr. Lehrmann made the mistake of going back for his hat,")
# "Network 10": a company's name (the number is part of the name)
sp = d.s('speaker', 'Judge Michael Lee', after='The trial had concluded with ')   # the judgement's finding is his
d.q(sp, 'on the balance of probabilities, Lehrmann had raped Higgins')
# "In May 2024", "in June": dates; "asked the court to order him to pay ...": an infinitive object
d.s('figure', 'AUD200,000')
sp = d.s('speaker', "Lehrmann's solicitor Zali Burrows")       # "declared their opposition to ...": object
d.q(sp, 'Lehrmann was on Centrelink [unemployment] benefits and was unable to pay the money to the network')
sp = d.s('speaker', 'Burrows', after='something silly like that," ')
d.q(sp, "The only shot he'd probably ever have in making money is by going on OnlyFans or something silly like that,")
