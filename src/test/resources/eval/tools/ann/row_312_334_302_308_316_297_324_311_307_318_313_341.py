# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Thirteenth round: the blind part heldout13, 49 articles of 2024-2026
# (src/test/resources/samples/wikinews/wikinews_2024_2026.csv, read by make_gold.py as rows 295-343)
# drawn in the order
#
#   random.Random(2036).sample(range(295, 344), 49)
#   annotators A-D
#   this file (annotator C)  ->  [312, 334, 302, 308, 316, 297, 324, 311, 307, 318, 313, 341]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "heldout13"

# ---------------- heldout13 ----------------
d = doc(312, "whakaari-conviction-overturned", SPLIT)
# "the New Zealand High Court": a country inside an official body's name; "the 2019 eruption": a date
# "found guilty of failing to 'keep visitors safe'": the charge's words in marks, no one says them, no quote
d.s('figure', '22 visitors')
d.s('figure', '25 others')
sp = d.s('speaker', 'The court', after='25 others. ')          # a court's ruling is its stated finding
d.q(sp, 'WML only owned the land the volcano sits on and was not responsible for visitor safety')
sp = d.s('speaker', 'High Court Justice Moore')
d.q(sp, 'while WML contracted tour operators to conduct tours of the island, the language in the agreements did not make WML liable for such incidents on the island')
# "The Buttle family welcomed the judge's decision, according to their lawyer": an object, no reported clause
sp = d.s('speaker', 'their lawyer')
d.q(sp, 'the decision would "bring certainty for all landowners who grant others recreational access to their land."')
d.q(sp, 'bring certainty for all landowners who grant others recreational access to their land.')
# "the original 2023 trial": a date
sp = d.s('speaker', 'survivors', after='2023 trial, ')
d.q(sp, 'they were not warned about the potential dangers before the eruption')
sp = d.s('speaker', 'They', after='before the eruption. ')
d.q(sp, 'they were not given protective equipment, and that their burns were exacerbated by their clothing')   # "and that ...": one clause list
# "American and Australian tourists": adjectives
d.s('place', 'White Island')
d.s('place', 'New Zealand', after='White Island, ')          # "New Zealand's most active volcano": possessor
# "'Alert Level 2'": a status's name; 'indicating "moderate to heightened volcanic unrest."': the status's
# meaning, no one speaking, no quote
d.s('figure', 'NZ$1.045 million')
d.s('figure', 'NZ$4.88 million')                               # "another" stays out, like "an additional"
sp = d.s('speaker', 'High Court Justice Moore', after='to the victims.')
d.q(sp, 'It is impossible not to be deeply moved and affected by the sheer scale and nature of the human loss in this case.')

d = doc(334, "liverpool-parade-car-collision", SPLIT)
# "Monday, May 26", "just after 6pm local time": a date and a time of day
d.s('place', 'Liverpool', after='local time, in ')
d.s('place', 'England')
d.s('figure', '53-year-old')
# "Ford Galaxy": a car model; "Liverpool FC trophy parade", "Liverpool FC", "English Premier League": a team, an event, a league
d.s('figure', 'hundreds of thousands of people')
sp = d.s('speaker', 'Dave Kitchin')                             # "from the Northwest Ambulance Service" after the name stays out
d.q(sp, 'three adults and one child were trapped under the vehicle, and numerous others were injured: altogether, twenty people were treated for minor injuries, and twenty seven had to be taken to the local hospitals, with a few more patients going to the hospitals by themselves')
d.s('figure', 'three adults')
d.s('figure', 'one child')
d.s('figure', 'twenty people')
d.s('figure', 'twenty seven')                                  # "twenty seven [people]"; "a few more patients": a bare quantifier
# "Thursday, May 29": a date
d.s('figure', '53 year old')
d.s('place', 'Burghill Road')                                  # a named street that locates him
d.s('place', 'West Derby')
# "multiple counts": a bare quantifier
sp = d.s('speaker', 'Merseyside Police')                        # a body; the place inside its name is not tagged
d.q(sp, 'We were contacted at just after 6pm today, Monday 26 May, following reports a car had been in collision with a number of pedestrians on Water Street')
d.s('place', 'Water Street')
d.q(sp, 'The car stopped at the scene and a male has been detained. Emergency services are currently on the scene.')   # the same statement goes on
sp = d.s('speaker', 'Assistant Chief Constable Jenny Sims')
d.q(sp, 'It is believed the driver of the Ford Galaxy car involved in the incident was able follow an ambulance onto Water Street, after the road block was temporarily lifted so that the ambulance crew could attend to a member of the public who was having a suspected heart attack')
d.s('place', 'Water Street', after='an ambulance onto ')
sp = d.s('speaker', 'Assistant Chief Constable Jenny Sims', after='On Thursday, ')   # "provided an update on the incident" introduces her words
d.q(sp, 'A total of 79 people who were injured continue to be in contact with our officers and staff, and seven people remain in hospital, receiving the expert care of our NHS colleagues. ... I would encourage anyone who has not yet contacted police who may have relevant information to please come forward and contact us. Information, including video footage, can be passed to us via the Major Incident Police Portal As always, my thoughts remain with victims and everyone impacted.')
d.s('figure', '79 people')                                     # "A total of" is no approximator
d.s('figure', 'seven people')
sp = d.s('speaker', 'Sarah Hammond')                            # ", Chief Crown Prosecutor for CPS Mersey-Cheshire" after the name stays out
d.q(sp, 'The investigation is at an early stage. Prosecutors and police are continuing to work at pace to review a huge volume of evidence. ... Please allow the legal process to take its course without undue speculation.')
sp = d.s('speaker', "United Kingdom's Prime Minister Keir Starmer")
d.s('place', 'United Kingdom')
d.q(sp, 'the incident was "shocking."')
d.q(sp, 'shocking.')

d = doc(302, "tiktok-ban-upheld", SPLIT)
# "the US Court of Appeals for the District of Columbia Circuit": an official body's name; "ruled to
# uphold a ban": an infinitive object, no reported clause
d.s('place', 'China', after='if its ')                         # "China-based": a country as modifier
sp = d.s('speaker', 'US national security officials and policymakers')   # "expressed suspicion towards": object; "alleging that": the clause
d.s('place', 'US', after='\n\n\n')
d.q(sp, "the state could potentially use the app to compromise the privacy of American users, as well as to game the app's algorithm to influence public opinion among US citizens")
d.s('place', 'US', after='public opinion among ')
# "the Chinese Communist Party": an organisation
d.s('place', 'China', after='US citizens.')                   # "China has long been reluctant": no words reported
sp = d.s('speaker', 'spokesperson Michael Hughes')
d.q(sp, 'the company intends to appeal to the Supreme Court of the United States, and expects the decision to be overturned')   # the Supreme Court's name holds no place
sp = d.s('speaker', 'Hughes', after='overturned. ')
d.q(sp, 'the decision was based on "inaccurate, flawed and hypothetical information"')
d.q(sp, 'inaccurate, flawed and hypothetical information')
d.q(sp, 'the ruling "will silence the voices of over 170 million Americans."')   # "voiced concern that": a reported clause
d.q(sp, 'will silence the voices of over 170 million Americans.')
d.s('figure', 'over 170 million Americans')
d.s('figure', 'three judges')
# "rejected the notion that the TikTok ban violated ...": the notion is not the ruling's own claim; left out
sp = d.s('speaker', 'The court', after='constitutional law. ')
d.q(sp, 'due to TikTok\'s "expansive reach," that the ban is necessary to secure national security of the country')
d.q(sp, 'expansive reach,')
# "The US Justice Department commended the ruling": a body's name, and an object; "expressed intentions
# to attempt to save the app": an infinitive object

d = doc(308, "washington-midair-collision", SPLIT)
# "January 29": a date; "American Airlines Flight 5342", "Bombardier CRJ700", "PSA": a flight, a model, a company
d.s('place', 'Ronald Reagan Washington National Airport')      # a named site
# "United States Army": a country inside an official body's name
d.s('place', 'Potomac River')
d.s('place', 'U.S.', after='just outside the ')               # "the U.S. capital": a country as modifier
d.s('place', 'Washington D.C.')                                # no comma: one name
sp = d.s('speaker', 'Officials', after='Washington D.C. ')
d.q(sp, 'there were no survivors')
d.s('place', 'Wichita')
d.s('place', 'Kansas')
d.s('figure', '64 individuals')
d.s('place', 'Reagan National Airport')
d.s('place', 'Potomac River', after='immediately descended into the ')
sp = d.s('speaker', 'Witnesses')
d.q(sp, 'streams of sparks')                                   # "recounted seeing": the marked words are theirs
d.q(sp, 'something looked "very, very wrong."')                # "and that ...": a reported clause
d.q(sp, 'very, very wrong.')
sp = d.s('speaker', 'Another witness')
d.q(sp, 'white flare.')
# "The Federal Aviation Administration (FAA) and the National Transportation Safety Board (NTSB) initiated an investigation": no words reported
sp = d.s('speaker', 'The FAA')
d.q(sp, 'Reagan National Airport would be closed until 5:00 a.m. EST (1000 UTC) on January 30, as a result of the accident')   # times and a date
d.s('place', 'Reagan National Airport', after='The FAA also reported that ')
sp = d.s('speaker', 'U.S. President Donald Trump')             # "issued a statement:" introduces his words
d.s('place', 'U.S.', after='\n\n\n')
d.q(sp, 'May God Bless their souls. [...] Thank you for the incredible work being done by our first responders.')
sp = d.s('speaker', 'He', after='first responders." ')         # "Truth Social": an app
d.q(sp, 'This is a bad situation that looks like it should have been prevented. NOT GOOD!!!')
sp = d.s('speaker', 'U.S. Vice President JD Vance')
d.s('place', 'U.S.', after='NOT GOOD!!!"')
d.q(sp, 'Please say a prayer for everyone involved in the mid-air collision near Reagan airport this evening. We’re monitoring the situation, but for now let’s hope for the best.')
d.s('place', 'Reagan airport')
sp = d.s('speaker', 'Transportation Secretary Sean Duffy')
d.q(sp, 'his department was assessing the situation')
sp = d.s('speaker', 'He', after='assessing the situation. ')
d.q(sp, 'we will take appropriate action if necessary [...] There will be a review of what happened here tonight.')
# "American Airlines CEO Robert Isom gave his condolences": an object, no quote
d.s('place', 'US', after='similar event in the ')
# "Colgan Air Flight 3407": a flight; "in 2009": a date

d = doc(316, "penguin-helicopter-crash", SPLIT)
sp = d.s('speaker', 'the South African Civil Aviation Authority')   # "(SACAA)" stays out
d.q(sp, 'a low-altitude crash of a Robinson R44 Raven II helicopter on Bird Island was caused by unsecured carriage of a penguin')
d.s('place', 'Bird Island')
d.s('place', 'Bird Island', after='taking off the ')
d.s('place', 'Port Elizabeth')
d.s('figure', 'three human passengers')
sp = d.s('speaker', 'the report', after='According to ')
d.q(sp, 'the pilot and three passengers touched down on Bird Island, Eastern Cape, on January 19 after conducting the aerial survey that was the purpose of the flight')
d.s('figure', 'three passengers')
d.s('place', 'Bird Island', after='three passengers touched down on ')
d.s('place', 'Eastern Cape')
# 'a "specialist"': a scare-quoted word, no one says it, no quote
sp = d.s('speaker', 'the report', after='on-board," ')
d.q(sp, 'The pilot conducted a risk assessment of the flight; however, he omitted to include the carriage (transportation) of the penguin on-board,')
# "the first several seconds": a bare quantifier
d.s('figure', 'approximately 15m')
# "33°50′22.65″ South, 026°17′26.79″ East": GPS coordinates name a location, not a quantity; left out
d.s('figure', '2 feet')                                        # "(ft)" in brackets stays out
d.s('figure', 'approximately 20m')
sp = d.s('speaker', 'the report', after='from lift-off.\n\n\nAccording to ')
d.q(sp, 'the helicopter fell on its side and was damaged, without substantial injuries to people or the animal')
# "noted it as a hazardous situation": an object; the marked words that follow are the report's
d.q(sp, "The lack of secure containment for the penguin created a dangerous situation. The absence of a proper, secured crate meant that the penguin's containment was not suitable for the flight conditions.")
d.s('place', 'Bird Island', after='flight conditions."')
d.s('figure', 'six key African penguin breeding colonies')    # "one of the six ...": the count with its counted noun; "one of" stays out
d.s('place', 'South Africa', after='court order in ')
# "March 2025": a date
d.s('figure', '10 years')                                      # "the next" stays out

d = doc(297, "lebanon-pager-explosions", SPLIT)
d.s('place', 'Beirut')                                         # "southern" stays out, like "The southern aspect of Abaco"
d.s('place', 'Bekaa Valley')
d.s('place', 'Lebanon')
d.s('figure', 'twelve deaths')
d.s('figure', '2,800 injuries')
sp = d.s('speaker', 'CNN')                                     # `according to X`: the outlet's own reporting
d.q(sp, 'the blasts targeted Hezbollah, a Lebanese Shia Islamist political party and paramilitary group')
sp = d.s('speaker', 'Reuters')                                 # the outlet's own report; "Early evidence suggested" names no one
d.q(sp, 'Early evidence suggested the pager explosions were triggered by explosives planted in the pagers, or faulty batteries')
d.s('figure', '20 people')
d.s('figure', '450')                                           # "injuring 450 [people]"
sp = d.s('speaker', 'Representatives from consulting firms Predicta Lab and Le Beck')   # "told CNN": CNN only relays
d.q(sp, 'hardware tampering was likely involved in the pager explosions')
# "They ruled out cyber attack as a possible cause": an object, no reported clause
sp = d.s('speaker', 'The latter firm')
d.q(sp, 'the malicious modifications could have been made before shipping the bulk order to the country')
sp = d.s('speaker', 'Aljazeera')
d.q(sp, 'a shipment of pagers was in a port for three months awaiting import paperwork')
d.s('figure', 'three months')
sp = d.s('speaker', 'They', after='import paperwork. ')
d.q(sp, 'early investigations suggested the pagers included one to three grams of pentaerythritol tetranitrate along with metal balls, presumably added to increase the impact of an explosion')
d.s('figure', 'one to three grams')                            # a range is one span
sp = d.s('speaker', 'The National')                            # the outlet's own report
d.q(sp, 'The attack was allegedly timed to occur before Hezbollah started an investigation into inconsistent battery life of several pagers from the batch')   # "several pagers": a bare quantifier
d.s('place', 'Abu Dhabi')                                      # the city in brackets that tells the paper apart, not its name
# "a Taiwanese company": an adjective
sp = d.s('speaker', 'Gold Apollo', after='On Wednesday, ')     # "released a statement saying"
d.q(sp, 'the AR-924 pagers were manufactured by BAC Consulting KFT, a company based in the capital of Hungary')
d.s('place', 'Hungary')
sp = d.s('speaker', 'Hungarian authorities')                   # "CNN reported": CNN only relays their denial
d.q(sp, 'the pagers were manufactured by BAC Consulting KFT')   # "denied that ...": the content of the denial
sp = d.s('speaker', 'The CEO of BAC Consulting KFT')           # "told NBC News": the outlet only relays
d.q(sp, 'the company did not manufacture the pagers')
d.q(sp, 'just the intermediate')                               # "citing its role as": the marked words are his
sp = d.s('speaker', 'the BBC')                                 # `according to X`: the outlet's own finding ("records indicated")
d.q(sp, 'records indicated BAC was registered to a building with several organisations registered at the same address—which was not a manufacturing facility for BAC')
sp = d.s('speaker', "Mary Ellen O'Connell")                    # the role after the name stays out
d.s('place', 'Indiana')                                        # "the University of Notre Dame": a body
d.s('place', 'United States', after='Indiana, ')
d.q(sp, '[w]eaponising an object used by civilians is strictly prohibited')
# "the UN called for an investigation": an object, no quote
sp = d.s('speaker', "Lebanon's foreign ministry")              # "according to Reuters": Reuters only relays
d.s('place', 'Lebanon', after='the UN called for an investigation.')
d.q(sp, 'Israeli cyberattack')                                 # "called the incident an "...": the marked words are the ministry's
d.s('place', 'Israel', after='according to Reuters. ')        # "Israel did not take responsibility": no words reported
d.s('place', 'Israel', after='tensions between ')
# "the Israel-Hamas War": an event's name; "in 2023": a date

d = doc(324, "ukraine-us-minerals-deal", SPLIT)
d.s('place', 'Ukraine')
d.s('place', 'United States')
# "April 30": a date
d.s('place', 'US', after='to give the ')
# "Ukrainian rare earth mineral deals": an adjective
d.s('place', 'Ukraine', after='war-torn ')
d.s('place', 'Washington')
d.s('place', 'US', after='Scott Bessent for the ')
d.s('place', 'Ukraine', after='Yulia Svyrydenko for ')
sp = d.s('speaker', 'US President Donald Trump')             # "proposed the agreement": object; "publicly stating that": the clause
d.s('place', 'US', after='\n\n\n')
d.q(sp, 'he expects something in return for military aid to Ukraine')
d.s('place', 'Ukraine', after='military aid to ')
d.s('place', 'US', after='It would give the ')
d.s('figure', '55 minerals')
d.s('place', 'Ukraine', after='debt obligations for ')
d.s('place', 'Ukraine', after='rejected by ')
d.s('place', 'Kyiv')                                           # the capital standing for the government
d.s('place', 'US', after='does not provide the ')
d.s('figure', '50% of its future profits')
d.s('place', 'US', after='while the ')
d.s('figure', 'ten years')
# "the so-called United States–Ukraine Reinvestment Fund": a fund's name; "a previous iteration – later
# derided by the Ukrainian side": no words reported
d.s('place', 'US', after='altercation between ')             # "US President Donald Trump": a country as modifier; he says nothing here
d.s('place', 'White House', after='told to leave the ')      # a building that locates the scene
sp = d.s('speaker', 'the White House', after='prosperous Ukraine" – ')   # the administration, not a place here
d.q(sp, 'it "clearly signals the Trump Administration\'s commitment to a free, sovereign, prosperous Ukraine"')   # "praised ... – it "..." – the White House said"
d.q(sp, "clearly signals the Trump Administration's commitment to a free, sovereign, prosperous Ukraine")
d.s('place', 'Ukraine', after='sovereign, prosperous ')
sp = d.s('speaker', 'Svyrydenko', after='is not only possible but reliable," ')
d.q(sp, 'Importantly, the Agreement sends a signal to global partners that long-term cooperation with Ukraine – over decades – is not only possible but reliable,')
d.s('place', 'Ukraine', after='long-term cooperation with ')
# "Svyrydenko also hoped for the deal to bring ...": an infinitive object, no quote
d.s('place', 'Ukraine', after='new support for ')
sp = d.s('speaker', 'Former president and prime minister under Vladimir Putin, now the deputy chairman of the Security Council of Russia, Dmitry Medvedev')   # roles, then the name as apposition
# "the Security Council of Russia": a country inside an official body's name
d.q(sp, 'Trump has broken the Kyiv regime into paying for American aid with minerals. Now they will have to pay for military supplies with the national wealth of a disappearing country.')
d.s('place', 'Kyiv', after='Trump has broken the ')          # a city as modifier

d = doc(311, "navy-secretary-nominee-phelan-hearing", SPLIT)
d.s('place', 'United States')                                  # "United States Secretary of the Navy": the country the title is of
# "presented his plans", "emphasized the need for ...": objects, no quotes
d.s('place', 'Washington')                                     # "Washington, D.C.": city, then district
d.s('place', 'D.C.')
# "the Senate Armed Services Committee": a body; "USS Dewey (DDG-105)": a ship
d.s('place', 'Singapore')
# "Scott used the image to highlight ...", "an issue Phelan acknowledged as ...": no reported clause
sp = d.s('speaker', 'he', after='Frankly, this is unacceptable," ')   # the nearest named antecedent is Phelan
d.q(sp, 'The U.S. Navy is at a crossroads, with extended deployments, inadequate maintenance, huge cost overruns, delayed shipbuilding, failed audits, subpar housing, and, sadly, record-high suicide rates ... these are systemic failures that have gone unaddressed for far too long. Frankly, this is unacceptable,')
# "The U.S. Navy": a country inside an official body's name
# "Critics ... have expressed concerns primarily centered around ...": an object, no quote
sp = d.s('speaker', 'Stacie Pettyjohn')                       # "director of ... Center for a New American Security" after the name stays out
d.q(sp, "It will be difficult for anyone without experience in the Pentagon to take over the leadership of a service and do a good job. Services are sprawling organizations with distinct cultures, subcultures and bureaucratic interests, and where decisions are made through many formal processes. To change a service's plans, one must understand this Byzantine landscape.")
d.s('place', 'Pentagon')                                       # a named building, like "White House" as a place
sp = d.s('speaker', "Supporters of John Phelan's nomination")
d.q(sp, 'his business acumen makes him well-suited to address the Navy’s logistical and industrial challenges')
sp = d.s('speaker', 'Armed Services Committee Chairman Senator Roger Wicker')   # "highlighted challenges ...": object; "stating," introduces his words
d.q(sp, "If we threw a zillion dollars at the Department of the Navy today, we couldn't build the ships because we don't have the industrial base. We've got to fix that. And I think that's why the president looked to an entrepreneur and an experienced business person.")
d.s('figure', 'a zillion dollars')                            # a (hyperbolic) count word with its unit, like "a hundred thousand"
# "A simple majority": no number

d = doc(307, "times-square-new-years-eve-2025", SPLIT)
d.s('place', 'Times Square')
d.s('place', 'New York')
# "New Year's Eve", "December 31, 2024": dates; "Dick Clark's New Year's Rockin' Eve": an event's name
d.s('place', 'Times Square', after="Rockin' Eve in ")
# "for hours": no number
d.s('place', 'Sixth and Eighth Avenues')                      # two named streets sharing their head noun: one span, like a range
d.s('place', '38th Street')
d.s('place', '56th Street')
# "'holding pens'": a term in marks, no quote
d.s('place', 'Times Square', after='paths approaching ')
d.s('place', 'Times Square', after='closer to ')
# "7:00 p.m.", "midnight": times of day
d.s('place', 'New York', after='7:00 p.m. ')                 # "New York Time": the place the time zone is named after
d.s('figure', 'an hour')                                       # a duration, like "a week"
# "John Lennon's Imagine": a song; "large amounts of confetti": no number
sp = d.s('speaker', 'a woman named Ile')
d.q(sp, 'We came last year and we were all the way in Central Park,')
d.s('place', 'Central Park')
d.s('place', 'Times Square', after='told Wikinews in ')
d.q(sp, "We couldn't see too much, so we said 'next year we will come back.' We made it.")
sp2 = d.s('speaker', 'we', after="We couldn't see too much, so ")   # reported speech inside the direct quote
d.q(sp2, 'next year we will come back.')
# "What about next year?": the writer's question
sp = d.s('speaker', 'Her partner David')
d.q(sp, "We're going to be even closer to the stage.")
d.s('place', '42nd and 48th Streets')                          # like "Sixth and Eighth Avenues"
d.s('place', 'Manhattan')
d.s('place', 'Times Square', after='in the direction to ')
# "Saturday, December 28": a date; "Good Riddance Day": an event's name; "actor Jonathan Bennett" says nothing
d.s('place', 'Times Square', after='onto a tall display in ')
# "in 2024": a date
sp = d.s('speaker', 'A participant named Jennine')
d.q(sp, "I think a lot of times we make a New Year's resolution for things that we want to do, but we forget there's a whole bunch of stuff that we could leave behind. And I like the idea of, 'Hey, I'm not bringing this into another year,'")
# "the idea of, 'Hey, ...'": an idea, no one says it, no nested quote; "a lot of times": no number
d.q(sp, 'I like getting rid of it;')
sp = d.s('speaker', 'Julie')
d.q(sp, 'Empty your cup before before you fill it back up.')
sp = d.s('speaker', 'a participant named Mireia')
d.q(sp, "she wanted to say 'Good riddance' to her mother's ovarian cancer")
# "'Good riddance'": the event's phrase she means to say, not words she said; no own span
d.q(sp, "She['s had] cancer for one year and a half ... but it's very bad cancer,")   # her words, no new attribution
d.s('figure', 'one year and a half')
d.q(sp, 'the cancer was considered to be stage four')          # "adding that"; "stage four": a rank
sp = d.s('speaker', 'she', after='While on holiday from Spain, ')
d.s('place', 'Spain')
d.q(sp, 'send that message to the world.')                     # the marked words in her purpose clause are hers

d = doc(318, "us-iran-talks-muscat", SPLIT)
# "Saturday, April 12": a date; "the first round": an ordinal; "an Iranian delegation", "an American delegation": adjectives
d.s('place', 'U.S.', after='American delegation led by ')     # "U.S. Special Envoy to West Asia": the country the title is of
d.s('place', 'West Asia')                                      # the region the envoy is to
d.s('place', 'Muscat')
d.s('place', 'Oman')
d.s('figure', 'two separate halls')
d.s('figure', 'two and a half hours')
# "the Omani Foreign Minister ... passed written notes": no words reported
sp = d.s('speaker', 'The Iranian foreign minister')
d.q(sp, '“about four rounds of exchanges of messages” between the two delegations took place')   # the clause opens with the marked words
d.q(sp, 'about four rounds of exchanges of messages')
d.s('figure', 'about four rounds')                             # "of exchanges of messages" after the counted noun stays out
d.s('figure', 'two delegations', after='of messages” between the ')   # "the two delegations", like "the two events"
sp = d.s('speaker', 'Iran', after='On Wednesday, ')             # the country standing for its government
d.s('place', 'Iran', after='On Wednesday, ')
d.q(sp, 'the next round of talks with the USA - scheduled for April 19 - would be held in Rome')   # "April 19": a date
d.s('place', 'USA')
d.s('place', 'Rome')
# "Iranian nuclear programme", "American sanctions": adjectives
d.s('place', 'Iran', after='American sanctions against ')
d.s('place', 'USA', after='decision by the ')                  # "the USA President Donald Trump": a country as modifier
# "his first term": an ordinal; "in 2018", "July 14, 2015": dates; "The Joint Comprehensive Plan of Action", its
# Persian name and romanization, "the Iran nuclear deal", "Iran deal": an agreement's names (no place inside a name)
d.s('place', 'Vienna')
d.s('place', 'Iran', after='2015, between ')                   # "between Iran and the P5+1"; "P5+1": a group's name
d.s('figure', 'five permanent members')                        # "of the United Nations S.C." after the counted noun stays out
d.s('place', 'China', after='S.C.—')
d.s('place', 'France')
d.s('place', 'Russia')
d.s('place', 'U.K.')
d.s('place', 'U.S.', after='the U.K., ')
d.s('place', 'Germany')
# "the European Union": an organisation; "Hours before": no number; "Air Force One": an aircraft
sp = d.s('speaker', 'Trump', after='Hours before the talks were due to begin, ')
d.q(sp, 'he wants Iran “to be a wonderful, great, happy country. But they can’t have a nuclear weapon.”')
d.s('place', 'Iran', after='he wants ')
d.q(sp, 'to be a wonderful, great, happy country. But they can’t have a nuclear weapon.')
sp = d.s('speaker', 'Witkoff', after='nuclear weapon.” ')
d.q(sp, 'he had instructions to resolve the "differences through dialogue and diplomacy, if that is possible"')
d.q(sp, 'differences through dialogue and diplomacy, if that is possible')
sp = d.s('speaker', 'Araghchi', after='Before the discussions started, ')
d.q(sp, 'his country would like a "fair agreement"')
d.q(sp, 'fair agreement')
sp = d.s('speaker', 'Iranian President Masoud Pezeshkian')
d.q(sp, 'his country is not seeking war, nor a nuclear bomb')
sp = d.s('speaker', 'Representatives of both countries')       # "both": no number
d.q(sp, 'the negotiations were "constructive"')                # "noting that": a reported clause
d.q(sp, 'constructive')
d.q(sp, 'they will continue in a meeting next week, April 19')  # "stated that"; "next week", "April 19": dates
d.s('place', 'Rome', after='changed to ')
# "the second round": an ordinal; "Omani intermediation": an adjective

d = doc(313, "brisbane-stadium-replaces-gabba", SPLIT)
sp = d.s('speaker', 'Queensland Premier David Crisafulli')      # "In [a] decision announced by X, ...": the sentence is the announced decision
d.s('place', 'Queensland')                                     # the state the title is of
d.q(sp, "Brisbane's The Gabba stadium is now scheduled to be replaced by a new stadium located on the north side of the Brisbane River")
d.s('place', 'Brisbane', after='on Tuesday, ')                 # "Brisbane's": possessor, its own span
d.s('place', 'Gabba', after="Brisbane's The ")                 # a named stadium (settled: named sites); the text writes "the Gabba" elsewhere, so the article and "stadium" stay out
d.s('place', 'Brisbane River')                                 # "the north side of" stays out
# "the 2032 Olympics": an event (a date in its name); "Australian rules football": a sport
d.s('place', 'Gabba', after='both currently hosted at the ')
# "Queensland Cricket": an organisation; "welcomed the decision": an object
sp = d.s('speaker', 'Svenson', after='2032 and beyond," ')
d.q(sp, "Queensland Cricket congratulates the Queensland Government on its decision to invest in the State's future, with a world-class stadium that will be a centrepiece of Brisbane for 2032 and beyond,")
d.s('place', 'Brisbane', after='centrepiece of ')               # "the Queensland Government": a body; "2032": a date
d.q(sp, "The Gabba has been wonderful venue for cricket for many years and has provided fans and players with countless memories – however the challenges the stadium faces are well documented, and we need to look to the future. There is now the opportunity for Queensland to attract the world's best cricket events, such as ICC events, men's and women's Ashes Series, the Border-Gavaskar Trophy series between Australia and India, as well has hosting the BBL and WBBL in a new purpose-built stadium.")
d.s('place', 'Gabba', after='Svenson said. "The ')
d.s('place', 'Queensland', after='the opportunity for ')
d.s('place', 'Australia', after='Trophy series between ')     # countries named outside the series' name
d.s('place', 'India', after='between Australia and ')
# "many years", "countless memories": no number; "ICC", "Ashes Series", "Border-Gavaskar Trophy", "BBL", "WBBL": names
# "The Brisbane Lions", "the Lions", "the Australian Football League": a team and a league
sp = d.s('speaker', 'Swann', after='end of life," ')
d.q(sp, 'The Gabba has been a great home for the past 30 years, but the city has outgrown it, the Lions have outgrown it, and the venue is reaching its end of life,')
d.s('place', 'Gabba', after='equally as welcoming. "The ')
d.s('figure', '30 years')                                      # "the past" stays out
d.q(sp, "The Olympics and Paralympics presents an opportunity to deliver a venue that will serve the City and State's growing population, not just for the Games, but for the next 50 years. Between now and the Olympics nearly 4 million Queensland sports fans will visit the Gabba for either a Lions or cricket match, with each event creating job and economic opportunities and ensuring our local events industry is equipped and skilled to deliver the Games. We need all stakeholders to unite behind 2032 so we can get on with delivering the venues needed to host a great Games and critical infrastructure for decades to come.")   # his words go on in the next paragraph, no new attribution
d.s('figure', '50 years')                                      # "the next" stays out
d.s('figure', 'nearly 4 million Queensland sports fans')
d.s('place', 'Queensland', after='nearly 4 million ')          # a state as modifier
d.s('place', 'Gabba', after='sports fans will visit the ')
# "for decades": no number; "2032": a date
d.s('place', 'Queensland', after='Former ')                    # "Former Queensland Premier Campbell Newman": the state the title is of
d.s('place', 'Victoria Park site')                             # a named area with its generic head, like "Sandy Point area"
# "was amongst a group that opposed ...": no words reported
sp = d.s('speaker', 'Newman', after='their own words,” ')      # "told Fox Sports News": the outlet only relays
d.q(sp, 'It is not only the stadium, but now we’re getting the swimmers talking about putting a swimming venue in the park as well. And this is what happens. These people really have to look at their own words,')
# "the swimmers talking about ...": an object, no nested quote
d.q(sp, 'One minute they’re saying it’s only going to take up x-percent of the Park. The next minute, within a few breaths, they’re talking about putting the swimming in there as well. And that’s how it goes (and soon) you have no park.')
sp2 = d.s('speaker', 'they', after='One minute ')                # reported speech inside the direct quote
d.q(sp2, 'it’s only going to take up x-percent of the Park')
# "One minute ... The next minute": an idiom, no count; "x-percent": no number; "the Park": Victoria Park by a
# generic head, left out; "a few breaths": a bare quantifier
sp = d.s('speaker', 'Fox Sports News', after='in court according to ')   # `according to X`: the outlet's own assessment
d.q(sp, 'Those opposed to the new stadium site seem likely to challenge the decision in court')

d = doc(341, "mangione-terrorism-charges-dismissed", SPLIT)
d.s('place', 'New York')                                       # "New York Judge Gregory Carro": the state the title is of
d.s('figure', 'two of the charges')                            # a count of a part, like "two of her sons"
# "dismissed ...": an act with an object, no quote
sp = d.s('speaker', 'Carro', after='Brian Thompson. ')
d.q(sp, 'prosecutors had not provided sufficient evidence to support the terrorism-related charges')
sp = d.s('speaker', 'He', after='terrorism-related charges. ')
d.q(sp, 'the second-degree murder charge against Mangione would proceed')   # "second-degree": a rank
sp = d.s('speaker', 'Carro', after='would proceed.')
d.q(sp, 'the two murder charges could not be considered terrorism because Mangione had not "made any demands of government or sought any particular governmental policy change."')
d.s('figure', 'two murder charges')                            # "the two murder charges", like "the two events"
d.q(sp, 'made any demands of government or sought any particular governmental policy change.')
# "Carro dismissed the charges of ...", "another count": no words reported, no number
sp = d.s('speaker', 'he', after='during the brief proceeding, ')
d.q(sp, 'Counts one and two, charging [the] defendant with murder in the first degree (in furtherance of an act of terrorism) and murder in the second degree as a crime of terrorism, are dismissed as legally insufficient. The people presented legally sufficient evidence of all other counts, including murder in the second degree (intentional).')
# "Counts one and two": the counts' numbers are labels (names), no figure; "first degree", "second degree": ranks
sp = d.s('speaker', "The Manhattan district attorney's office")   # "published a response:" introduces its words
d.s('place', 'Manhattan')                                      # a borough as modifier of the office, not an official name here
d.q(sp, "We respect the Court's decision and will proceed on the remaining nine counts, including Murder in the Second Degree.")
d.s('figure', 'nine counts')                                   # "the remaining" stays out
sp = d.s('speaker', 'The Guardian and the BBC')                # `according to X`: the outlets' own reporting
d.q(sp, 'In addition to the New York state proceedings, Mangione also faces federal murder charges, which could lead to the death penalty')
d.s('place', 'New York', after='In addition to the ')          # "New York state": the state's name as modifier
sp = d.s('speaker', 'The Guardian', after='shackles, according to ')
d.q(sp, 'Mangione was present for the decision, in his prison uniform and shackles')
d.s('place', 'Manhattan', after='December 2024 in ')           # "December 2024": a date; "United Healthcare": a company
