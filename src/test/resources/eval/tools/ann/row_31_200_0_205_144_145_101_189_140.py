# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Twelfth round, split "fresh12". Twenty-five rows drawn at random from the Wikinews
# rows with 1.5-4.5 KB of text (UTF-8) and at least six quotation marks (" “ ”) that were not yet in the
# set (by url and text):
#
#   rows = wikinews_2019.csv rows + wikinews_2020.csv rows (csv.DictReader, file order)
#   random.Random(2035).sample(candidates, 25)
#     -> [92, 53, 19, 15, 147, 289, 30, 106, 260, 61, 280, 88, 64, 223, 208, 170, 31, 200, 0, 205, 144,
#         145, 101, 189, 140]
#   annotators A (first 8), B (next 8), C (last 9); this file (annotator C), in the order drawn:
#     [31, 200, 0, 205, 144, 145, 101, 189, 140]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

# Measured blind once as "fresh12" (with the other annotator's rows, 17 articles), then moved to the tuning half.
SPLIT = "tuning"

# ---------------- fresh12 ----------------
d = doc(31, "karol-bagh-hotel-fire", SPLIT)
# "Wednesday, February 13, 2019": the dateline is a date only
d.s('place', 'Hotel Arpit Palace')                             # a named building (settled: named sites); "The" left out
d.s('place', 'Karol Bagh area')                                # like "Sandy Point area" (row 95)
d.s('place', 'New Delhi')                                      # "the Indian capital": an adjective
sp = d.s('speaker', 'officials', after='according to ')       # after the sentence: the sentence is theirs
d.q(sp, 'At least seventeen people died and 35 were rescued')
# ", some of whom were hospitalised": refers to the victims, the writer's addition
d.s('figure', 'At least seventeen people')
d.s('figure', '35', after='people died and ')                  # "35 [people]"
# "Many of the affected guests": a bare quantifier; "Indian": an adjective
sp = d.s('speaker', 'the Myanma embassy')                      # "Myanma": an adjective
d.q(sp, 'two Buddhist pilgrims from Myanmar also died')
d.s('figure', 'two Buddhist pilgrims')
d.s('place', 'Myanmar')
d.s('figure', 'around 30 vehicles')
# "personnel reportedly had control ...": no one named; "8:00am": a time of day
sp = d.s('speaker', 'a fire officer')
d.q(sp, 'wooden panels led to corridors becoming unusable for escape')
sp = d.s('speaker', 'Local media')
d.q(sp, 'most of the deceased suffocated')                     # "most of": read as a bare quantifier, no figure
sp = d.s('speaker', 'the fire service')
d.q(sp, 'One child was')                                       # interrupted by the attribution: two spans
d.q(sp, 'among the dead')
d.s('figure', 'One child')                                     # a count, not 'a'
sp = d.s('speaker', "The hotel's website")                     # a document can be a speaker
d.q(sp, '120 people were in the 25-year-old building at the time')
d.s('figure', '120 people')
d.s('figure', '25-year-old')                                   # the building's age
sp = d.s('speaker', 'police', after='was ordered, according to ')
d.q(sp, 'A judicial inquiry was ordered')
sp = d.s('speaker', 'Prime Minister Narendra Modi')            # "tweeted"
d.q(sp, 'Deeply saddened by the loss of lives')
d.q(sp, 'condolences to the families of those who lost their lives. May the injured recover soon.')   # "offered" + marked words: a partial quote
sp = d.s('speaker', 'eyewitnesses')
d.q(sp, 'the deceased child and his mother were among victims who leapt from the burning hotel')
sp = d.s('speaker', 'Satyendra Jain')                          # ", the city's home minister" after the name
d.q(sp, "Buildings can only be constructed up to four floors in Delhi[...] This hotel had been built up to six floors. It's gross negligence on the part of the officers who allowed the extra floors to be built. The entire hotel has wooden panelling, this shows carelessness on the part of the owner.")
d.s('figure', 'up to four floors')                             # a bound: at most four floors
d.s('place', 'Delhi', after='up to four floors in ')
d.s('figure', 'six floors')                                    # "built up to": the verb's particle, not a bound
d.s('place', 'India', after='Fires are common in ')
sp = d.s('speaker', 'Activists')
d.q(sp, 'safety standards are routinely ignored')

d = doc(200, "all-women-crew-tippu-express", SPLIT)
# "Mysuru–Bengaluru Tippu Express": a train's name, places inside it are not tagged;
# "Indian Railways", "International Women's Day": names
d.s('place', 'Karnataka')                                      # "the Indian state of Karnataka"
d.s('figure', '22-year-old')
d.s('place', 'Mysore Junction railway station')                # a named site; the text uses the head noun with the name
# "11:30 am IST (0600 UTC)": times of day
d.s('figure', '139km')
d.s('place', 'KSR Bangalore station')
sp = d.s('speaker', 'banners')                                 # like a banner 'saying' a slogan (row 43)
d.q(sp, "International Women's Day Celebration")
sp = d.s('speaker', 'B Shiva Parvathi', after='Speaking to newspaper Star of Mysore, ')   # the newspaper only relays
d.q(sp, 'It is a proud moment for me to be steering this train today along with my Loco Pilot Rangoli and the all-women staff')
# "Mysore Divisional Railway Manager", "Mysore Division", "Mysore Division of the SWR": a railway division,
# an organisational unit named after the city, no place; Wikinews only receives the words
sp = d.s('speaker', 'Mysore Divisional Railway Manager Aparna Garg')
d.q(sp, 'only 10% of the employees in the Mysore Division were women, which constitutes about 650 female employees')
d.s('figure', '10% of the employees')                         # "only" stays out
d.s('figure', 'about 650 female employees')
d.s('place', 'Mysore district')                                # an administrative district: a named area
# "South West Railway (SWR)", "Indian Railway": organisations; "March 1", "March 10": dates
sp = d.s('speaker', 'newspaper The Hindu')                     # the newspaper's own report
d.q(sp, 'Various activities are being conducted in this period, including health check-ups, yoga, sports competition and trekking')
sp = d.s('speaker', 'Garg', after='fields of interest", ')     # Star of Mysore only receives the words
d.q(sp, "The theme 'Equal for All' is an effort of the Railways to promote more women workforce and empower them.  Women of today are no less to any men, be it in any field.  I hope through such initiatives, more number of women are motivated to take up jobs in their respective fields of interest")
# 'Equal for All': the name of a theme, no quote

d = doc(0, "magnitogorsk-building-collapse", SPLIT)
d.s('place', 'Magnitogorsk')
d.s('place', 'Ural region')                                    # the region and the country are separate names here
d.s('place', 'Russia', after='Ural region of ')
d.s('figure', 'ten-storey')                                    # a count used as a modifier, like "20-room"
sp = d.s('speaker', 'officials', after='A total of 39 are confirmed dead, ')   # state media only receives the words
d.q(sp, 'A total of 39 are confirmed dead')
d.s('figure', 'A total of 39')                                 # like "all 5 of its seats"
d.q(sp, 'rescuers ended their work yesterday')                 # "adding that"
# "Some reports suggest a deliberate criminal act": a noun object, no quote, so no speaker
# "The 1973 building": a year
d.s('figure', 'over 1,000 people')
d.s('figure', '48 apartments')
sp = d.s('speaker', 'the emergencies ministry')
d.q(sp, 'Rescuers, working in temperatures well below freezing')   # interrupted by the attribution: two spans
d.q(sp, 'recovered at least ten survivors from the debris on Monday')
d.s('figure', 'at least ten survivors')
d.s('figure', 'Over 1,000 rescuers')
sp = d.s('speaker', 'The Investigative Committee and the Federal Security Service')   # "(FSB)" left out; one subject
d.q(sp, 'they believe gas, which leaks relatively frequently in Russia, was the trigger for the disaster which occurred at 6am as many occupants slept')
d.s('place', 'Russia', after='leaks relatively frequently in ')
# "6am": a time of day; Putin says nothing
d.s('place', 'Magnitogorsk', after='flew to ')
sp = d.s('speaker', 'Emergencies Minister Yevgeny Zinichev')   # "told ... of": the marked words
d.q(sp, 'presumably between 36 and 40 people under the rubble')
d.s('figure', 'between 36 and 40 people')                      # a range; "presumably" is a hedge, not an approximator
sp = d.s('speaker', 'Chelyabinsk regional Deputy Governor Oleg Klimov')
d.s('place', 'Chelyabinsk', after='while ')                    # the region the title is of
d.q(sp, '68 people were missing')
d.s('figure', '68 people')
sp = d.s('speaker', 'Zinichev', after='with ')
d.q(sp, 'real threat of [another] part of the building collapsing')
d.q(sp, 'impossible to continue working in such conditions')
sp = d.s('speaker', 'He', after='and work launched to stabilise the remaining structure. ')
d.q(sp, 'this would take 24 hours')
d.s('figure', '24 hours')
d.s('figure', 'fourteen', after='death toll from ')            # two values of the toll, not a range: two spans ("from" out)
d.s('figure', '31', after='from fourteen to ')
sp = d.s('speaker', 'Deputy Emergency Situations Minister Alexander Chupriyan')   # TASS only receives the words
d.q(sp, 'The search and rescue operation is complete,')
sp = d.s('speaker', "Chelyabinsk's governor")
d.s('place', 'Chelyabinsk', after='on Wednesday. ')            # the region the title is of
d.q(sp, 'each victim will be subject to a payout of one million rubles')
d.s('figure', 'one million rubles')
sp = d.s('speaker', 'Health Minister Veronika Skvortsova')
d.q(sp, 'the chances of those trapped being found alive were already diminishing')   # "on Monday" belongs to the verb
d.s('figure', 'eleven-month-old')                              # an age
d.s('place', 'Moscow')
d.s('figure', 'over 30 hours')
# "Ivan's condition was ... reported to not be ...": no one named
sp = d.s('speaker', 'The Emergencies Ministry')
d.q(sp, 'six deaths were of children')
d.s('figure', 'six deaths')
sp = d.s('speaker', 'Officials', after='in the city. ')
d.q(sp, 'three people died')                                   # "; their identities were not provided": the writer's
d.s('figure', 'three people')
d.s('place', 'Karl Marx Avenue')                               # a named street that locates the explosions
d.s('figure', 'two miles')                                     # "within" stays out
# "—Zinichev calling a temporary halt ...": a caption without words of his, no quote
sp = d.s('speaker', 'The FSB')
d.q(sp, 'the two explosions are related')
d.s('figure', 'two explosions', after='The FSB denies the ')
# "reports describe speculation the disaster's cause ...": the speculation is no one's named words; left out
sp = d.s('speaker', 'One news site, Znak.com')                 # the name follows as an apposition; "One" is 'a'
d.q(sp, 'FSB sources have ascribed the explosion to terrorism')
sp = d.s('speaker', 'The Investigative Committee', after='ascribed the explosion to terrorism. ')
d.q(sp, 'it has found no trace of explosives')
sp = d.s('speaker', 'Znak.com', after='no trace of explosives despite ')
d.q(sp, 'an anonymous source described a second-floor apartment being used as an explosives depot ahead of a planned shopping centre bombing')
sp2 = d.s('speaker', 'an anonymous source')                    # reported speech inside reported speech, nested
d.q(sp2, 'a second-floor apartment being used as an explosives depot ahead of a planned shopping centre bombing')
# "second-floor": an ordinal
sp = d.s('speaker', 'Znak.com', after='shopping centre bombing. ')
d.q(sp, "its source said that apartment's tenant moved in the day before the blast")
sp2 = d.s('speaker', 'its source', after='Znak.com further reported ')
d.q(sp2, "that apartment's tenant moved in the day before the blast")   # "that" is a determiner here, part of the clause
sp = d.s('speaker', 'Regional governor Boris Dubrovsky')
d.q(sp, 'FSB officers were present where the minibus exploded outside the local administrative building')
d.q(sp, 'this too was unrelated to the other explosion')       # "but said": a second clause
sp = d.s('speaker', 'Znak.com', after='unrelated to the other explosion. ')
d.q(sp, 'its source said "three terrorists" were killed in a firefight on Monday night')
sp2 = d.s('speaker', 'its source', after='unrelated to the other explosion. Znak.com reported ')
d.q(sp2, '"three terrorists" were killed in a firefight on Monday night')   # the clause opens with the marked words
d.q(sp2, 'three terrorists')
d.s('figure', 'three terrorists')
# "footage ... showed the vehicle burn": no speech
sp = d.s('speaker', 'The website')
d.q(sp, 'its anonymous source claimed a fourth offender escaped and remains wanted')
sp2 = d.s('speaker', 'its anonymous source')
d.q(sp2, 'a fourth offender escaped and remains wanted')      # "fourth": an ordinal
d.s('place', 'Magnitigorsk')                                   # misspelt in the text, still the city
sp = d.s('speaker', 'Residents', after='Magnitigorsk. ')       # "there" after the noun left out; "the press" only receives
d.q(sp, 'the officers claimed to be seeking a bomb')           # the officers' "claimed to be seeking": an infinitive, no nested quote

d = doc(205, "australia-toilet-paper-purchase-limits", SPLIT)
# "Australian store chains": an adjective
d.s('figure', 'two', after='toilet paper to ')                 # "two [packages]", elliptical
d.s('figure', 'one package')
d.s('figure', 'one-pack')                                      # a one-pack limit: 'one' counts here
# "Buyers were reportedly stocking up": no one named
d.s('figure', 'one pack', after='home delivery to ')
d.s('figure', 'four-pack')                                     # "March 4 and 5": dates
sp = d.s('speaker', 'Coles', after='March 4 and 5 respectively. ')   # "in its March 8 media release" belongs to the verb
d.q(sp, 'with the four-pack restriction in place, "many stores are still selling out within an hour of delivery"')
d.s('figure', 'four-pack', after='reported that with the ')
d.q(sp, 'many stores are still selling out within an hour of delivery')
# "within an hour": 'an', no number
d.q(sp, 'unprecedented')                                       # "called the demand"
sp = d.s('speaker', 'ALDI', after='while ')
d.q(sp, 'unexpected')
sp = d.s('speaker', 'a Woolworths spokesperson')
d.q(sp, 'Sales went up in a "sharp increase" last week')
d.q(sp, 'sharp increase')
d.s('place', 'Canberra')
d.s('figure', 'two packs')
sp = d.s('speaker', 'Russell Zimmerman')                       # ", executive director of ..." after the name
d.q(sp, 'retailers try to raise stock, but local council restrictions on the timing of truck-deliveries make it hard')
# "He expects rising production costs ... and fewer specials": a noun object, no quote
sp = d.s('speaker', 'ALDI', after='On Tuesday, ')
d.q(sp, "following the early release of stock, some stores can't run the Wednesday special")
sp = d.s('speaker', 'Dr Gary Mortimer')                        # ", retail expert from ..." after the name; News.com.au only relays
d.q(sp, 'the stores fill the stock every night')
sp = d.s('speaker', 'He', after='every night. ')
d.q(sp, 'toilet paper is a bulky item, leading to low quantity of stocks in numbers, and, when sold out, leaves vast shelf spaces empty, hardening the feeling of a shortage')
sp = d.s('speaker', 'Russell Zimmerman', after='minimise the panic" said ')   # ABC News only relays
d.q(sp, 'Coles and Woolworths have a view [that] if there was plenty of stuff on the shelf, if product like toilet rolls and sanitiser could be [bought] and are there in quantities, you would probably minimise the panic')
sp = d.s('speaker', 'Recycled toilet paper producer Who Gives a Crap')
d.q(sp, "they'd run out of stock")
sp = d.s('speaker', 'Kimberly-Clark, which makes Kleenex Toilet Tissue, and Solaris Paper')   # one coordinated subject; "which makes Sorbent" after the name left out
d.q(sp, 'they were working 24/7 to maintain the supply')      # "24/7": not a figure
sp = d.s('speaker', 'Domain.com')                              # the site's own report
d.q(sp, 'some property sellers offering free toilet paper to the first bidder on auctions in Melbourne, when fewer auctions were held because of buyers having time off on the long weekend of Labour Day')
d.s('place', 'Melbourne')
# "NT News": an outlet's name
d.s('place', 'Darwin')
d.s('figure', 'eight-page')
sp = d.s('speaker', 'a report from ABC Australia')            # "according to" after the sentence; "Australia" inside the outlet's name
d.q(sp, 'The stores were originally reluctant to impose restrictions')
sp = d.s('speaker', 'they', after='on March 3 in which ')
d.q(sp, 'they had no plans to introduce restrictions on the purchases')
sp = d.s('speaker', 'Russell Zimmerman', after='on the purchases.')
d.q(sp, 'other products are also in high demand, including masks, sanitiser, dried goods, handwash and flour')
d.s('place', 'Australia', after='outside of ')
# "online British supermarket Ocado ... was observed limiting": no speech; "British": an adjective
d.s('figure', 'two 12-roll packs')

d = doc(144, "carrie-lam-policy-speech-video", SPLIT)
d.s('place', 'Hong Kong', after='Chief Executive of ')        # the place the title is of
# "Legislative Council": the body; "mere minutes", "A number of legislators": no number
sp = d.s('speaker', 'Lam', after='In the subsequent video broadcast of the speech, ')
d.q(sp, 'any acts that advocate Hong Kong’s independence and threaten the country’s sovereignty, security and development interests will not be tolerated.')
d.s('place', 'Hong Kong', after='any acts that advocate ')
sp = d.s('speaker', 'She', after='will not be tolerated." ')
d.q(sp, 'So long as Hong Kong remains impeded by unresolved disputes, ongoing violence, confrontation and discord, our city cannot embark on the road to reconciliation and people will lose faith in the future […] We have to put aside differences and stop attacking each other')
d.s('place', 'Hong Kong', after='So long as ')
# "Lam also spoke on the economy": an object, no quote
sp = d.s('speaker', 'she', after='0 – 1%", ')
d.q(sp, 'The Hong Kong economy has already slipped into a technical recession since the third quarter. In mid-August, the government lowered the economic growth forecast for 2019 to 0 – 1%')
d.s('place', 'Hong Kong', after='"The ')                       # a place as modifier
d.s('figure', '0 – 1%')                                        # a range
d.q(sp, 'it was the worst their economy had performed since 2009')   # "noting"
sp = d.s('speaker', 'Legislator Tanya Chan')
d.q(sp, 'I really urge [Lam], if she can’t govern Hong Kong, and has no determination to govern Hong Kong, and no ability or even capability of administrating Hong Kong, to please step down. This is the only way we can have a good future, the only way Hong Kong can go forward. Please, please Carrie Lam, please don’t let us suffer anymore. Please go.')
d.s('place', 'Hong Kong', after='if she can’t govern ')
d.s('place', 'Hong Kong', after='no determination to govern ')
d.s('place', 'Hong Kong', after='capability of administrating ')
d.s('place', 'Hong Kong', after='the only way ')
sp = d.s('speaker', 'Regina Ip')                               # "from the pro-Beijing camp" after the name
d.s('place', 'Beijing')                                        # the capital standing for its government
d.q(sp, 'The behavior of my colleagues in disrupting the delivery of the policy address by the chief executive is anti-democratic and oppressive of the rights of the chief executive, and the rights and freedoms of myself and colleagues who want to listen to the policy address')

d = doc(145, "dark-web-child-abuse-site-arrests", SPLIT)
sp = d.s('speaker', 'authorities in the United Kingdom and the United States')
d.s('place', 'United Kingdom', after='authorities in the ')
d.s('place', 'United States', after='United Kingdom and the ')
d.q(sp, '337 suspected users in 38 countries were arrested following an investigation of a dark web child pornography site')
d.s('figure', '337 suspected users')
d.s('figure', '38 countries')
d.s('place', 'South Korea', after='The website was based in ')
d.s('place', 'Germany', after='Law enforcement agencies from ')
d.s('place', 'South Korea', after='Law enforcement agencies from Germany, ')
d.s('place', 'United Kingdom', after='Law enforcement agencies from Germany, South Korea, the ')
d.s('place', 'United States', after='Law enforcement agencies from Germany, South Korea, the United Kingdom and the ')
# "Welcome To Video": a name in marks, no quote
d.s('place', 'South Korea', after='Jong Woo Son from ')
sp = d.s('speaker', 'authorities', after='According to ')
d.q(sp, 'the site hosted a quarter million video clips containing sexual abuse of children, including toddlers and infants')
d.s('figure', 'a quarter million video clips')
# "The site was said to have begun ...": no one named; "June 2015", "March 2018": dates
d.s('place', 'South Korea', after='is already in prison in ')
# "the United States Department of Justice unsealed further charges": no speech, a country inside a body's name
sp = d.s('speaker', 'United States Attorney Jessie K. Liu')
d.s('place', 'United States', after='charges against him. ')  # a country as modifier of the title
d.q(sp, 'Children around the world are safer because of the actions taken by U.S. and foreign law enforcement to prosecute this case and recover funds for victims […] We will continue to pursue such criminals on and off the darknet in the United States and abroad, to ensure they receive the punishment their terrible crimes deserve.')
d.s('place', 'U.S.', after='the actions taken by ')
d.s('place', 'United States', after='off the darknet in the ')
sp = d.s('speaker', 'Nikki Holland')                           # "of the UK's National Crime Agency (NCA)" after the name
d.s('place', 'UK', after='Nikki Holland of the ')             # the country the agency is of
d.q(sp, 'Dark web child sex offenders — some of whom are the very worst offenders — cannot hide from law enforcement. They\'re not as cloaked as they think they are, they\'re not as safe as they think they are.')
# "South Korean website": an adjective
sp = d.s('speaker', "South Korea's National Police Agency")
d.s('place', 'South Korea', after='arrested in March, 2018, but ')                      # the country the agency is of
d.q(sp, 'Mr. A')                                               # "identified him only as", like "referred to him as"
d.s('figure', '₿7300')
d.s('figure', 'one bitcoin')                                   # a unit of value, the number counts
d.s('figure', 'approximately US$8000')
d.s('figure', '€7000')
# "Tor": a network
sp = d.s('speaker', 'US authorities')
d.s('place', 'US', after='designed to keep users anonymous.')
d.q(sp, 'the site was the largest child pornography site in the world')
d.q(sp, 'more than twenty active victims were rescued')        # "and that": a second clause
d.s('figure', 'more than twenty active victims')
# "Listed US states as having members ... were:": no speaker named, the list is no quote
d.s('place', 'US', after='Listed ')
d.s('place', 'Alabama')
d.s('place', 'Arkansas')
d.s('place', 'California')
d.s('place', 'Connecticut')
d.s('place', 'Florida')
d.s('place', 'Georgia')
d.s('place', 'Kansas')
d.s('place', 'Louisiana')
d.s('place', 'Maryland')
d.s('place', 'Massachusetts')
d.s('place', 'Nebraska')
d.s('place', 'New Jersey')
d.s('place', 'New York')
d.s('place', 'North Carolina')
d.s('place', 'Ohio')
d.s('place', 'Oregon')
d.s('place', 'Pennsylvania')
d.s('place', 'Rhode Island')
d.s('place', 'South Carolina')
d.s('place', 'Texas')
d.s('place', 'Utah')
d.s('place', 'Virginia')
d.s('place', 'Washington', after='Virginia, ')
d.s('place', 'Washington, D.C.', after='Washington and ')      # the city, one name
sp = d.s('speaker', 'They', after='Washington, D.C. ')
d.q(sp, 'arrests were made in Australia, Brazil, Canada, the Czech Republic, Germany, Ireland, Saudi Arabia, South Korea, Spain, the United Arab Emirates and the United Kingdom')
d.s('place', 'Australia')
d.s('place', 'Brazil')
d.s('place', 'Canada')
d.s('place', 'Czech Republic')
d.s('place', 'Germany', after='Czech Republic, ')
d.s('place', 'Ireland')
d.s('place', 'Saudi Arabia')
d.s('place', 'South Korea', after='Saudi Arabia, ')
d.s('place', 'Spain')
d.s('place', 'United Arab Emirates')
d.s('place', 'United Kingdom', after='United Arab Emirates and the ')
d.s('place', 'US', after='neither ')                           # "British authorities": an adjective
d.s('figure', '38 countries', after='a complete list of the ')
sp = d.s('speaker', 'they', after='list of the 38 countries ')
d.q(sp, 'were involved')                                       # the relative clause's gap, like "which NASA said might ..." (row 39)

d = doc(101, "johnson-prorogation-five-weeks", SPLIT)
d.s('place', 'United Kingdom', after='Per request of ')       # a country as modifier of the title
d.s('figure', 'five weeks')
# "a second motion": an ordinal; "the Queen suspended parliament": no speech
d.s('place', 'United Kingdom', after='to pass. The ')
# "European Union": an organisation; "British exit": the writer's gloss of a term, no quote
d.s('figure', 'two-thirds majority')                           # "October elections": a month
sp = d.s('speaker', 'the BBC')                                 # the outlet's own account
d.q(sp, 'it is commonplace for new governments — Johnson became prime minister in July — to suspend parliament, but apparently using it as a tool in his Brexit strategy has been controversial')
# the whole "According to" sentence; the dash aside is inside the span
d.s('place', 'United Kingdom', after='October 31.\n\n\nThe ')
d.s('place', 'UK', after="stated intent for the ")           # "Johnson's stated intent for the UK to leave ...": an infinitive after a speech noun, no quote
sp = d.s('speaker', 'Johnson', after='democratic system", ')
d.q(sp, '[W]e must get Brexit done, because the UK must come out [...] by October 31st, or else I fear that permanent damage will be done in the UK to trust our democratic system')
d.s('place', 'UK', after='because the ')
d.s('place', 'UK', after='will be done in the ')
d.s('place', 'Ireland')
# "Taoiseach Leo Varadkar": says nothing
d.s('figure', 'five weeks', after='During these ')
sp = d.s('speaker', 'Members of the House of Commons')
d.q(sp, 'shame on you!')
sp = d.s('speaker', 'signs')                                   # like a banner 'saying' a slogan (row 43)
d.q(sp, 'silenced')
sp = d.s('speaker', 'Opposition leader Jeremy Corbyn')
d.q(sp, 'his Labour Party "[are] eager for an election — but as keen as we are, we are not prepared to risk inflicting the disaster of no deal on our communities, our jobs, our services, or indeed our rights"')
d.q(sp, '[are] eager for an election — but as keen as we are, we are not prepared to risk inflicting the disaster of no deal on our communities, our jobs, our services, or indeed our rights')
# "Johnson asked Queen Elizabeth II for this prorogation": an object, no quote

d = doc(189, "who-names-coronavirus-disease-covid-19", SPLIT)
sp = d.s('speaker', 'the World Health Organization')          # "(WHO)" left out
# "announced the official name of ...": a noun object; the clause after the colon spells the announcement out
d.q(sp, '"COVID-19" is to replace the WHO\'s temporary designation "2019-nCoV."')
d.s('figure', 'about two months')                              # "ago" stays out
d.s('place', 'Wuhan')
d.s('place', 'China')
# "named the virus ... "severe acute respiratory syndrome coronavirus 2"": a naming, no quote;
# "Reportedly, "COVI" represents ...": no one named, the marked letters are terms
sp = d.s('speaker', 'WHO director-general Tedros Adhanom Ghebreyesus')
d.q(sp, 'the name had to be easy to say and, to prevent stigma, it must not cite any specific person, animal, profession or place')
# ", per WHO guidelines established in 2015": the writer's source for the rule, left out
# "The guidelines cite ... as an example", "also list ... as an undesirable name": objects, no quotes;
# "was commonly called "swine flu."": no one named; "2009", "2013": years
d.s('place', 'Egypt')
d.s('figure', 'over 300,000 pigs')
sp = d.s('speaker', "the United Nations' Food and Agriculture Organization's chief veterinary officer")
d.q(sp, 'it was completely unnecessary')
# "Middle East Respiratory Syndrome": a disease's name, no place
sp = d.s('speaker', 'Northwestern University public health expert Wendy Parmet')   # Time magazine only receives the words
d.q(sp, 'naming the virus after Wuhan would place "tremendous stigmatization on the people of Wuhan who are the victims[.]"')
d.s('place', 'Wuhan', after='naming the virus after ')
d.q(sp, 'tremendous stigmatization on the people of Wuhan who are the victims[.]')
d.s('place', 'Wuhan', after='on the people of ')
sp = d.s('speaker', 'She', after='victims[.]" ')
d.q(sp, "People tend to think of the disease as belonging to, as being a characteristic of some group of people associated with the place name, which can be really stigmatizing [...] To be thought of as a hole of disease is not going to be productive. It encourages the next city not to come forward, not to report a disease if your city is labeled as the disease. [...] You want something that's easy and that people are going to keep using otherwise they're going to substitute it with more problematic slang[.]")
sp = d.s('speaker', 'Johns Hopkins Center for Health Security medical anthropologist Monica Schoch-Spana')
d.q(sp, 'People with a different national, ethnic or religious background have historically been accused of spreading germs regardless of what the science may say[.]')
# "there had been reports of people avoiding ...": no one named; "several countries": a bare quantifier
d.s('place', 'Italy')
d.s('place', 'United States')
d.s('place', 'Thailand')
d.s('place', 'Canada')
d.s('figure', 'more than 1,000 people')
d.s('figure', 'tens of thousands')                             # a count word

d = doc(140, "upside-down-rivers-antarctic-ice-shelves", SPLIT)
# "reported a new mechanism by which ...": a noun object, no quote; so the researchers are no speaker here.
# "University of Colorado at Boulder (CU Boulder)", "College of Wooster": names of bodies
d.s('place', 'Colorado', after='(CU Boulder) in ')
d.s('place', 'Ohio')
d.s('place', 'Antarctica')
sp = d.s('speaker', 'study co-author Karen Alley')
d.q(sp, 'Warm water circulation is attacking the undersides of these ice shelves at their most vulnerable points,')
sp = d.s('speaker', 'The Wooster professor')                   # "Wooster": the college, no place
d.q(sp, "These effects matter [...] But exactly how much, we don't yet know. We need to.")
sp = d.s('speaker', 'they', after='which, ')                   # the researchers' own observation
d.q(sp, 'occurred in the same places every year')              # the relative pronoun is the subject, like "which NASA said ..." (row 39)
sp = d.s('speaker', 'they', after='From this, ')
d.q(sp, 'warm water was reaching the ice sheets in the same places every year as well')
sp = d.s('speaker', 'the study')
d.q(sp, 'Because warmer water is more buoyant')                # interrupted by "says the study": two spans
d.q(sp, 'it rises above cooler water, creating what the scientists describe as an "upside-down river" flowing underneath the layers of ice')
sp2 = d.s('speaker', 'the scientists')
d.q(sp2, 'upside-down river')
sp = d.s('speaker', 'study co-author Ted Scambos')             # "of CU Boulder's Cooperative Institute ... (CIRES)" after the name
d.q(sp, "Now we're seeing a new process, where warm water cuts into the shelf from below,")
d.q(sp, "Like scoring a plate of glass, the trough renders the shelf weak, and in a few decades, it's gone, freeing the ice sheet to ride out faster into the ocean.")   # his next quote, no new attribution
# "a few decades": a bare quantifier
