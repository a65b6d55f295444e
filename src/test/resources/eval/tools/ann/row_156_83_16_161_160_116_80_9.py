# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Seventh round (issue 13): a third held-out part "heldout3", never tuned on until the
# eighth round moved it to the tuning half (a new blind part, heldout4, replaced it).
# Eight rows drawn at random (Python random.Random(2028).sample(candidates, 8)) from the 75 Wikinews rows
# with 1.5-4.5 KB of text (UTF-8) and at least six quotation marks (" “ ”) that were not yet in the set
# (by url and text); kept in the order drawn. Annotated by hand from the text alone: the suggester was
# not run on these articles before the annotations were committed. Same DSL as gold_annotations.py.

# ---------------- formerly heldout3 (moved to tuning in issue 13, eighth round) ----------------
d = doc(156, "hungary-acquires-hirtenberger", "tuning")
sp = d.s('speaker', 'Hungarian daily newspaper Magyar Nemzet')   # the paper's own revelation
d.q(sp, 'on October 29, Hungarian state-owned enterprise HDT Védelmi Ipari Kft. (HDT Limited) acquired Austrian mortar and shell manufacturer Hirtenberger Defence Group')   # the content of "a deal whereby"
# "Hirtenberger Defence Group also acknowledged the deal": object of a speech verb, no quote
d.s('place', 'United Kingdom')                             # country names as modifiers ("New Zealand production sites")
d.s('place', 'New Zealand')
sp = d.s('speaker', 'Maróth', after='While not naming any other bidders, ')
d.q(sp, 'the Hungarian bid won after lengthy negotiations, out of mulitple competing offers')   # "mulitple": bare quantifier
sp = d.s('speaker', 'He', after='competing offers. ')
d.q(sp, 'he expects no political turmoil between the neighboring Austria and Hungary over the sale')
d.s('place', 'Austria', after='the neighboring ')          # not the "Austria" inside "Austrian" earlier
d.s('place', 'Hungary', after='the neighboring Austria and ')
sp = d.s('speaker', 'He', after='over the sale. ')
# the Hungarian original runs inline in the reported clause, so it stays inside that span
d.q(sp, 'the acquisition fits into the Hungarian "outward investment" ((hu))Hungarian language: \u200dtőkekihelyezési strategy of Prime Minister Viktor Orbán')
d.q(sp, 'outward investment')
# "The Austrian partner asked for the price to be kept secret": a request as object of the verb, no quote
sp = d.s('speaker', 'the commissioner', after='kept secret, but ')
d.q(sp, 'the purchase was financed by a loan, so it is not a burden on the state budget')
d.s('figure', '38.8 million euro')                          # the unit used as a modifier ends the figure
# "No. 1430/2019" is part of a name; Népszava's headline "pointing out that amount": object, no quote
sp = d.s('speaker', 'Maróth', after='idle capacity for some years, ')
d.q(sp, "Already-queued orders won't leave idle capacity for some years")   # interrupted by the attribution
d.q(sp, 'paying back this loan seems realistic')
sp = d.s('speaker', 'unnamed industry experts')            # Népszava only relays ("to Népszava")
d.q(sp, 'this dubious')                                    # "called this dubious": the content "this [is] dubious", cut by the relay
d.q(sp, 'the market is saturated and margins are thin')     # their reason, introduced by "as"
d.q(sp, 'this kind of equipment is needed by the Defence Forces')
sp = d.s('speaker', 'Maróth', after='development team. ')
d.q(sp, 'it would have been much more costly and time-consuming to research mortar technology than to acquire it this way')
sp = d.s('speaker', 'He', after='acquire it this way.')
d.q(sp, "the army modernization does not just cover buying 'hardware' but technology transfer as well.")
# the Hungarian original after the closing mark is outside the quotation marks: no quote span (as in row 198)
sp = d.s('speaker', 'Népszava', after='tudástranszferre is kiterjed.')
d.q(sp, 'the purchase appeared to circumvent the Ministry of Defence')
d.s('place', 'Hungary', after='in 2018, ')
d.s('place', 'Kiskunfélegyháza')
d.s('place', 'Gyula')
d.s('place', 'US', after='in Gyula.')                      # "US President Trump": country as modifier
# "called for NATO members to increase military spending": object of the verb, no quote
sp = d.s('speaker', 'a March 14, 2019 NATO press release')  # `According to X`
d.q(sp, 'Hungary spent an estimated 1.15% of its GDP on military expenditures in 2018')
d.s('place', 'Hungary', after='NATO press release, ')
d.s('figure', 'an estimated 1.15% of its GDP')
d.s('figure', '2%', after='NATO guidelines call for ')  # "call for 2%": object, no quote
sp = d.s('speaker', 'Maróth', after='NATO guidelines call for 2%. ')
d.q(sp, 'the military had been "effectively disarmed" ((hu))Hungarian language: \u200dgyakorlatilag lefegyverzett by 2010, when Viktor Orbán regained the prime ministry of Hungary for his second term')
d.q(sp, 'effectively disarmed')
d.s('place', 'Hungary', after='regained the prime ministry of ')
d.s('place', 'Hungary', after='for his second term. ')      # "Zrínyi 2026" is a name in quotation marks, no quote

d = doc(83, "ebola-two-treatments", "tuning")
sp = d.s('speaker', 'Director Anthony Fauci')             # "of the ... (NIAID)" is a role after the name
# "United States National Institute of Allergy and Infectious Diseases": country inside an official body's name
d.q(sp, 'a trial of four possible Ebola drugs was stopped early because two of them had already shown considerable progress in treating the disease and saving the lives of those infected')
d.s('figure', 'four possible Ebola drugs')
d.s('figure', 'two of them')
# "together save lives," glosses the Swahili name of the trial: no attributed words
d.s('figure', '499 patients')
# "for roughly the past year": a period named, no number
d.s('place', 'Beni')
d.s('place', 'Butembo')
d.s('place', 'Mangina')
d.s('place', 'Katwa')
d.s('place', 'Democratic Republic of the Congo')
sp = d.s('speaker', 'Professor Jean-Jacques Muyembe')     # ", Director General of ..." after the name left out
d.s('place', 'DRC', after='Director General of the ')     # "the DRC's Institut ...", like "Argentina's Amnesty International"
d.q(sp, 'From now on, we will no longer say that Ebola is incurable[.]')   # "we will no longer say": nobody says it, no nested quote
sp = d.s('speaker', 'He', after='incurable[.]" ')
d.q(sp, 'thousands of deaths could be prevented')
d.s('figure', 'thousands of deaths')
# "one experimental vaccine", "One antibody cocktail": 'one' only means 'a'
sp = d.s('speaker', 'formal studies')                      # studies reporting their own finding
d.q(sp, 'it had less benefit than sought in preventing death')
d.s('figure', 'three other treatments')
d.s('figure', 'three treatments', after='The other ')
d.s('place', 'Kikwit')
d.s('place', 'Florida')                                    # "the Florida company": place as modifier
d.s('figure', 'three monoclonal antibodies')
d.s('figure', '49%')
d.s('figure', '53%')
d.s('figure', '29%')
d.s('figure', '34%')
d.s('figure', '6% to 11%')                                 # "only" stays out
sp = d.s('speaker', 'Mike Ryan')                          # "of the World Health Organization (WHO)" after the name
d.q(sp, 'the new drugs were only part of the solution')
d.q(sp, "What will stop Ebola, under professor Muyembe's leadership and that of the government of the DRC, is good surveillance, good infection prevention and control, good community engagement, excellent vaccinations, and the use of these therapeutics in the most effective way possible.")
d.s('place', 'DRC', after='that of the government of the ')
sp = d.s('speaker', "WHO's statistics")                    # the agency's own data, `according to X`
d.q(sp, 'Past EVD outbreak mortality rates have been at least 25%, as high as 90%, and averaged around 50%')
d.s('figure', 'at least 25%')
d.s('figure', 'as high as 90%')
d.s('figure', 'around 50%')
sp = d.s('speaker', 'Muyembe', after='According to ')
d.q(sp, 'many people do not seek treatment because they see their friends and relatives die after entering a care facility')
sp = d.s('speaker', 'he', after='come out completely cured," ')
d.q(sp, 'Now that 90% of their patients can go into the treatment center and come out completely cured,')
d.q(sp, 'they will start believing it and building trust in the population and community[.]')
d.s('figure', '90% of their patients')
sp = d.s('speaker', "the WHO's Monitored Emergency Use of Unregistered and Investigational Interventions framework")   # `Per X,` like `according to X`
d.q(sp, 'all treatment centers in the DRC are to be permitted to administer mAb114 and REGN-EB3 to patients, even though research into the two treatments is not yet complete, and ZMapp and remdesivir are to be retired')
d.s('place', 'DRC', after='all treatment centers in the ')
d.s('figure', 'two treatments', after='research into the ')
d.s('figure', 'four treatment centers')
d.s('place', 'DRC', after="In the DRC's current")
d.s('figure', 'two thirds of those known to be infected with Ebola')
d.s('figure', 'over 1800 people')

d = doc(16, "maidan-wardak-car-bomb", "tuning")
d.s('place', 'Maidan Shahr')
d.s('place', "Afghanistan's Maidan Wardak province")         # one span, like "California's Riverside County"
d.s('figure', 'Dozens')                                    # a count word used alone, like bare 'millions' in row 96
# "reportedly conducted by the Taliban": no one the words are attributed to
d.s('figure', 'two gunmen')
# "Some estimated death tolls, provided anonymously by officials to journalists, exceeded 100": figures handed
# over, no reported clause
d.s('figure', '100', after='to journalists, exceeded ')
sp = d.s('speaker', 'Sharif Hotak')                       # ", of the Maidan Wardak provincial council" after the name
d.s('place', 'Maidan Wardak', after='Sharif Hotak, of the ')   # descriptive "provincial council", not a name
d.q(sp, 'witnessing 35 bodies in one hospital, with some casualties, both alive and dead, transported to Kabul')   # "described" + clause
d.s('figure', '35 bodies')
d.s('figure', 'one hospital')                             # one hospital as against the others: a count
d.s('place', 'Kabul')
sp = d.s('speaker', 'he', after='building has collapsed," ')
d.q(sp, 'The explosion was very powerful. The whole building has collapsed,')
sp = d.s('speaker', 'Hotak', after='has collapsed," he said.')
d.q(sp, 'the central government are "hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces"')   # the whose-clause after the mark is the writer's
d.q(sp, 'hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces')
d.s('place', 'US', after='Afghan forces", whose ')           # "US-built"
sp = d.s('speaker', 'A source within the central Interior Ministry')
d.q(sp, 'I have been told not to make the death toll figures public. It is frustrating to hide the facts[.]')   # "been told": no one named
# "The Taliban have claimed responsibility": object of a speech verb
sp = d.s('speaker', 'Taliban spokesperson Zabiullah Mujahid')
d.q(sp, '190 were dead')
d.s('figure', '190')
sp = d.s('speaker', 'Reuters')
d.q(sp, "Monday's attack the deadliest since an assault in Ghazni in August 2018")   # "reported X the deadliest": X [was] ...
d.s('place', 'Ghazni')
sp = d.s('speaker', 'officials', after='August 2018, with ')
d.q(sp, '150 security forces, 95 civilians, and hundreds of Taliban killed')   # "at the time" belongs to the verb
d.s('figure', '150 security forces')
d.s('figure', '95 civilians')
d.s('figure', 'hundreds of Taliban')
sp = d.s('speaker', 'Abdurrahman Mangal')                 # ", spokesperson for the provincial governor" after the name
d.q(sp, 'the attack had killed twelve and injured twelve more')
d.s('figure', 'twelve', after='the attack had killed ')
d.s('figure', 'twelve more')                               # cf. 'seven more' in row 81
d.s('place', 'US', after='Zalmay Khalilzad, a ')
d.s('place', 'Qatar')
d.s('place', 'Kabul', after='Last week a ')                 # "a Kabul car bombing": place as modifier
d.s('figure', 'five', after='car bombing killed ')
d.s('figure', '110')
d.s('figure', 'seventeen years')
# "the Taliban wants foreign forces to leave": "wants" is no speech verb

d = doc(161, "power-plant-pollution-deaths", "tuning")
sp = d.s('speaker', 'researchers from the University of Washington and Stanford University')
# three coordinated that-clauses: one span each, without "that"
d.q(sp, 'premature deaths in the United States attributable to the pollution produced by power plants were disproportionately caused by coal')
d.q(sp, 'race was a significant factor in who was affected')
d.q(sp, 'a substantial fraction of the deaths were from pollution crossing state lines')
d.s('place', 'United States')
d.s('figure', 'under 2.5 micrometers')
d.s('place', 'United States', after='movement of these particles across the ')
d.s('place', 'United States', after='encompass nearly all the ')
d.s('place', 'United States', after='premature death. In the ')
d.s('figure', 'upwards of 100,000 deaths')                  # "reportedly" before, "annually" after stay out
sp = d.s('speaker', 'the study', after='According to ')
d.q(sp, 'in 2014 in the continental United States, roughly 16,000 premature deaths were attributable to power plants, an estimated 91% of those from coal')
d.s('place', 'continental United States')                 # the region (contiguous states), one span
d.s('figure', 'roughly 16,000 premature deaths')
d.s('figure', 'an estimated 91% of those')
sp = d.s('speaker', 'The researchers', after='of those from coal. ')
d.q(sp, 'in 36 states most of the people who died were affected by pollution generated in another state')
d.s('figure', '36 states')
d.s('figure', '37% of the power plant pollution')           # the findings go on without an attribution
d.s('place', 'Ohio')
d.s('place', 'Indiana')
sp = d.s('speaker', "The study's lead author, doctoral candidate Maninder Thind")
d.q(sp, 'We looked at emissions from different types of power plants — including coal, natural gas, diesel and oil power plants — and modeled how the pollutants would travel based on things like wind patterns or rain. We also consider how emissions can react in the atmosphere to form fine particle air pollution [...] That gave us a map of pollution concentrations across the country. Then we overlaid that map with data from the census to get an estimate of where people live and how this pollution results in health impacts.')
# the stratification paragraph reports findings without an attribution: no quotes
d.s('figure', 'seven per 100,000 people')
d.s('figure', 'six per 100,000')
d.s('figure', 'four premature deaths per 100,000')          # "only" stays out
d.s('figure', 'one per 100,000')
d.s('figure', 'below US$10,000')                           # a bound belongs to the figure
d.s('figure', 'above $200,000')
sp = d.s('speaker', 'Another co-author, civil and environmental engineering professor Julian Marshall')
d.q(sp, "We've seen in our previous research that our society is more segregated by race than by income, and now it's showing up again with air pollution from electricity generation emissions [...] These results can help local, state or national governments make more informed decisions that will improve everyone's air quality and quality of life.")
sp = d.s('speaker', 'Marshall', after='quality of life." ')
d.q(sp, "It's especially relevant these days because of what the federal government is doing — or actually not doing — around air pollution and around these issues in general[.]")

d = doc(160, "self-cleaning-toilet-coating", "tuning")
# "researchers ... reported the invention of a new coating that ...": the object of the verb, no quote
d.s('place', 'U.S.', after='(Penn State) in the ')
sp = d.s('speaker', 'the research team', after='According to ')
d.q(sp, "half of all people worldwide are affected by limits on their water supply, while daily fresh water usage to flush the planet's roughly 1 billion toilets and flush urinals is upwards of 141 billion liters (about 37 billion U.S. gallons, 31 billion imperial gallons)")
d.s('figure', 'half of all people')
d.s('figure', 'roughly 1 billion toilets and flush urinals')   # one count of both
d.s('figure', 'upwards of 141 billion liters')
d.s('figure', 'about 37 billion U.S. gallons')               # "U.S." inside a unit's name, like "U.S. dollars": no place
d.s('figure', '31 billion imperial gallons')
sp = d.s('speaker', 'they', after='imperial gallons); which ')
d.q(sp, 'is several times larger than the total rate of water consumption for the continent of Africa')   # "which they note is ...": the relative pronoun is the subject
d.s('place', 'Africa')
sp = d.s('speaker', 'they', after='more water-efficient, ')
d.q(sp, 'Inventions that render the facilities more water-efficient')   # interrupted by the attribution
d.q(sp, 'could have a profound impact on wastewater management, sustainable water use, and sanitation, possibly cutting the amount of water used to flush waste by, reportedly, a factor of two')
d.s('figure', 'a factor of two')
sp = d.s('speaker', 'study co-author Tak-Sing Wong')
d.q(sp, 'Our team')
d.q(sp, 'has developed a robust bio-inspired, liquid, sludge-, and bacteria-repellent coating that can essentially make a toilet self-cleaning[.]')
sp = d.s('speaker', 'Co-developer Jing Wang')
d.q(sp, 'When we put that coating on a toilet in the lab and dump synthetic fecal matter on it, [the synthetic fecal matter] just completely slides down and nothing sticks to [the coated surface.]')
sp = d.s('speaker', 'The researchers', after='rinse it off. ')
d.q(sp, 'inventing a coating good at resisting substances that are sticky and vary profoundly in viscosity across their mass—like human fecal matter')
sp = d.s('speaker', 'They', after='like human fecal matter. ')
d.q(sp, 'the coating repels bacteria, which has implications for preventing the spread of disease and certainly reduces smells')
d.s('figure', 'two separate treatments')
sp = d.s('speaker', 'Wang', after='polydimethylsiloxane silicone, that ')
d.q(sp, 'resembling human hairs — though vastly thinner — once it has dried on the target surface')   # "described as": the writer goes on with "which makes ..."
sp = d.s('speaker', 'the report', after='According to the report')
d.q(sp, 'the two-spray process is complete in under five minutes and lasts for roughly 500 flushes before requiring reapplication')
d.s('figure', 'two-spray')                                 # a count used as a modifier, like 'three-day'
d.s('figure', 'under five minutes')
d.s('figure', 'roughly 500 flushes')
# "take hours to set": no number
sp = d.s('speaker', 'Carl Hensman')                       # "of the Bill and Melinda Gates Foundation, ..." after the name
d.q(sp, 'the ingredients in the sprays are also found in commonly used products like — in the case of the first spray — toothpaste, and are unlikely to pollute nearby water supplies')
sp = d.s('speaker', 'he', after='nearby water supplies; though ')
d.q(sp, 'because the spray wears off, it was unlikely to be used widely in developing countries as the researchers claim to hope')
d.s('figure', 'three of his co-authors')
sp = d.s('speaker', 'He', after='into a product. ')
d.q(sp, "As a researcher in an academic setting, my goal is to invent things that everyone can benefit from [...] As a Penn Stater, I see this culture being amplified through entrepreneurship, and I'm excited to contribute.")
d.s('place', 'United States', after='Y-Combinator, and the ')   # "the United States' National Science Foundation": the country the body is of

d = doc(116, "robert-hunter-dies", "tuning")
d.s('place', 'US')                                         # "US singer": country as modifier
d.s('place', 'San Rafael')
d.s('place', 'California')
# "His family's announcement of his death specified no cause": object, no quote
sp = d.s('speaker', 'his agent', after='according to ')
d.q(sp, 'Hunter had undergone surgery recently')
d.s('figure', '78', after='Grateful Dead was ')
d.s('place', 'US', after='several songs by ')
d.s('place', 'Arroyo Grande')
d.s('place', 'California', after='Arroyo Grande, ')
d.s('place', 'US', after='psychedelic drugs on ')
d.s('place', 'New Mexico')
d.s('place', 'San Francisco Bay Area')
# song titles in quotation marks are names, not quotes

d = doc(80, "zapata-crosses-channel", "tuning")
d.s('place', 'English Channel')
d.s('figure', '22-mile')
d.s('figure', '35-km')
d.s('figure', '22 minutes')
d.s('figure', 'one refueling')                             # a single stop: a count
d.s('place', 'Dover')
d.s('place', 'England', after='halfway to Dover, ')
d.s('place', 'Channel', after='by the inventor to cross the ')   # the short form
d.s('figure', 'three years')
d.s('place', 'Sangatte')
d.s('place', "St Margaret's at Cliffe")
d.s('place', 'Dover', after='at Cliffe near ')
d.s('figure', 'over 100 mph')
d.s('figure', '161 km/h')
d.s('figure', 'three helicopters')
d.s('figure', 'one landing')
sp = d.s('speaker', 'Zapata', after='a process ')
d.q(sp, 'being tricky because the boat could not be kept still in the moving waters of the Channel')   # "described as"
d.s('place', 'Channel', after='moving waters of the ')
sp = d.s('speaker', 'Zapata', after='90% of the work," ')    # BFM TV only relays
d.q(sp, 'Once I managed to stick my heels into the boat, I knew I had done 90% of the work,')
d.s('figure', '90% of the work')
sp = d.s('speaker', 'Zapata', after='presented difficulty during the crossing, ')
d.q(sp, 'Strong winds over the Channel presented difficulty during the crossing')
d.s('place', 'Channel', after='Strong winds over the ')
d.q(sp, 'it required much endurance to manage to stay airborne')   # "adding": same speaker
d.q(sp, "It's an isometric exercise for the thighs, so it burns — it's quite hard.")   # the next quote, no new attribution
sp = d.s('speaker', 'Zapata', after='Upon arrival, ')
d.q(sp, "We made a machine three years ago... and now we've crossed the Channel, it's crazy.")
d.s('figure', 'three years', after='We made a machine ')
d.s('place', 'Channel', after="now we've crossed the ")
d.s('place', 'Channel', after="Zapata's second attempt to cross the ")
d.s('place', 'Channel', after='first plane flight across the ')

d = doc(9, "easter-island-statues-water", "tuning")
d.s('place', 'United-States')                              # "United-States-based": country as modifier
# "released findings ... about the large statues": object, no quote
d.s('place', 'Rapa Nui')
d.s('place', 'Easter Island')
sp = d.s('speaker', 'The study', after='also called Easter Island. ')   # the study's own finding ("to establish that")
d.q(sp, 'the platforms, or ahu, built to support the Easter Island statues, or moai, are usually located near sources of drinkable water')
d.s('place', 'Easter Island', after='built to support the ')
d.s('figure', '93 statues')
sp = d.s('speaker', 'The archaeologists')
d.q(sp, 'this study is the first attempt to formally examine the idea that the locations of the moai are correlated to locations of resources important to the people who built them, such as fresh water')
d.s('place', 'Easter Island', after='such as fresh water.')
sp = d.s('speaker', 'study co-author Professor Carl Lipo')   # "of Binghamton University" after the name
d.q(sp, 'What is important about it is that it demonstrates the statue locations themselves are not a weird ritual place – [the ahu and moai] represent ritual in a sense of there is symbolic meaning to them, but they are integrated into the lives of the community,')
sp = d.s('speaker', 'He', after='of Binghamton University. ')
d.q(sp, 'The exceptions to the rule about being at the coast where water comes out actually are met by the fact there is also water there – it is found through cave locations,')
# "referring to caves with fresh water" is the writer's gloss; "and that ..." continues what Lipo added
d.q(sp, 'some historical evidence suggests there may have been wells dug near the ahu that are not near caves')
d.s('place', 'Easter Island', after='statue sites on the rest of ')
sp = d.s('speaker', 'Jo Anne Val Tilburg')                # "University of California, Los Angeles": places inside a name
d.q(sp, 'The existence of fresh water seeps near coastal ahu is well-known and was certainly important at European contact. However, such seeps are today, and probably always were, minor resources. It is highly unlikely, in my view, that these resources were of major importance in locating ahu during prehistory.')
d.s('figure', 'about fourteen feet')
d.s('figure', 'four meters')
d.s('figure', 'about fourteen tons')
d.s('place', 'Easter Island', after='Scholars have long wondered')
d.s('place', 'Easter Island', after='barren place with scanty resources. ')
d.s('figure', '2300 miles')
d.s('figure', '3700 km')
d.s('place', 'South America')
d.s('figure', '1,100 miles')
d.s('figure', '1770 km')
d.s('figure', 'a few hundred years')                       # cf. 'a few hundred people' in row 259
# "Scientists debate whether ...": a question, not a claim; "there is consensus that ...": no one named
