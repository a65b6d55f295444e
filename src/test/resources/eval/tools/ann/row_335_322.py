# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Thirteenth round: the blind part heldout13, 49 articles of 2024-2026
# (src/test/resources/samples/wikinews/wikinews_2024_2026.csv, read by make_gold.py as rows 295-343)
# drawn in the order
#
#   random.Random(2036).sample(range(295, 344), 49)
#   annotators A-D; B's 12 rows split into B1-B3 of four rows each
#   this file (annotator B4)  ->  [335, 322]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "heldout13"

# ---------------- heldout13 ----------------
d = doc(335, "ukraine-sbu-drone-strikes-russian-airfields", SPLIT)
# "Sunday": a date; "Security Service of Ukraine (SBU)": an organisation, Ukraine inside its name not tagged
sp = d.s('speaker', 'A source in the Security Service of Ukraine (SBU)')
d.q(sp, 'on Sunday, the agency carried out drone strikes on four military airfields in Russia, damaging more than 40 military aircraft during the operation')
d.s('figure', 'four military airfields')
d.s('place', 'Russia', after='four military airfields in ')
d.s('figure', 'more than 40 military aircraft')
# "Targets ... reportedly included": no one named
d.s('place', 'Olenya airbase')                                 # a named site (settled: named sites)
d.s('place', 'Murmansk', after='Olenya airbase near ')
d.s('place', 'Belaya air base')
d.s('place', 'Irkutsk', after='Belaya air base near ')
sp = d.s('speaker', 'The Russian Ministry of Defense')         # "Telegram": a service
d.q(sp, 'a terrorist attack using First-person view (FPV) drones against airfields in the Murmansk, Irkutsk, Ivanovo, Ryazan, and Amur regions" had been carried out')   # reported clause with a partial direct quote: both spans
d.q(sp, 'a terrorist attack using First-person view (FPV) drones against airfields in the Murmansk, Irkutsk, Ivanovo, Ryazan, and Amur regions')
d.s('place', 'Murmansk', after='airfields in the ')           # "the Murmansk, ..., and Amur regions": each name tagged apart
d.s('place', 'Irkutsk', after='airfields in the Murmansk, ')
d.s('place', 'Ivanovo', after='airfields in the Murmansk, ')
d.s('place', 'Ryazan', after='airfields in the Murmansk, ')
d.s('place', 'Amur', after='airfields in the Murmansk, ')
d.q(sp, 'the fires have been extinguished. There are no casualties among military personnel or civilian personnel.')
sp = d.s('speaker', 'the Russian defense ministry')            # `According to X`
d.q(sp, 'the attacks at the Ivanovo, Ryazan, and Amur locations were repelled')
d.s('place', 'Ivanovo', after='the attacks at the ')
d.s('place', 'Ryazan', after='the attacks at the ')
d.s('place', 'Amur', after='the attacks at the ')
sp = d.s('speaker', 'SBU head Vasyl Malyuk')
d.q(sp, 'According to the laws and customs of war, we have worked out absolutely legitimate targets – military airfields and aircraft that bomb our peaceful cities')
sp = d.s('speaker', 'the BBC')                                 # `according to X` after the sentence: the whole sentence is theirs
d.q(sp, 'The attack targeted A-50 surveillance aircraft, strategic bombers including the Tu-22M3, Tu-95 and Tu-160')   # model names: no figures
sp = d.s('speaker', 'The SBU', after='according to the BBC.')
d.q(sp, "over a third of Russian Federation's strategic missile carriers have been hit, amounting to around $7 billion in damages")
d.s('figure', "over a third of Russian Federation's strategic missile carriers")   # a fraction of a counted set, like "more than half of the elected officials"
d.s('place', 'Russian Federation', after='over a third of ')
d.s('figure', 'around $7 billion')                             # "in damages" after the amount stays out
sp = d.s('speaker', 'President of Ukraine Volodymyr Zelensky')  # "a figure alleged by X": the number is his
d.q(sp, 'it involved 117 quadcopter drones')
d.s('figure', '117 quadcopter drones')
d.s('place', 'Ukraine', after='President of ')                 # the country the title is of
d.s('place', 'Russian Federation', after='evacuated from the ')
sp = d.s('speaker', 'A source speaking with CNN and briefed on the operation')
d.q(sp, 'the attack was carried out with usage of the Russian telecommunications networks')   # the dash clause after it reads as the writer's explanation
# "'insulation'", "mobile houses" in marks: terms, no attribution
sp = d.s('speaker', 'The governor of Irkutsk')
d.s('place', 'Irkutsk', after='The governor of ')              # the region the role is of
d.q(sp, 'a truck coming from the backend, the drones were deployed into the area')
d.s('place', 'Russia', after='Warplanes in ')
d.s('place', 'Dyagilevo')                                      # "Dyagilevo and Ivanovo airfields": shared head noun, names tagged apart
d.s('place', 'Ivanovo', after='Dyagilevo and ')
d.s('place', 'Ryazan', after='in central ')
d.s('place', 'Ivanovo', after='in central Ryazan and ')
sp = d.s('speaker', 'A source from the SBU')                   # "told ABC News": ABC News only hears it
d.q(sp, 'this operation had been planned for "more than a year and a half"')
d.q(sp, 'more than a year and a half')
d.s('figure', 'more than a year and a half')                   # a duration, one quantity
sp = d.s('speaker', 'a Trump administration official in the United States')   # `According to X`
d.s('place', 'United States')
d.q(sp, 'they were not given a heads-up about the operation')

d = doc(322, "jillian-lauren-lapd-bodycam", SPLIT)
# "Friday", "April 8", "April 30", "April 12": dates; "Los Angeles Police Department (LAPD)": an organisation, no place
# "Weezer", "Metallica": bands; "Coachella 2025 music festival": an event's name
sp = d.s('speaker', 'Officers', after='following an armed standoff.')
d.q(sp, "Ma'am, put the gun down! Drop the gun! It's the police. Ma'am, we're trying to help. Come out with your hands up! You're going to get shot!")
# "a large quantity of officers": no number
d.s('place', 'Eagle Rock neighborhood')                        # a named area, its head noun used with the name
d.s('place', '134 Freeway')                                    # a named road; the number is part of the name, no figure
d.s('figure', '9mm')                                           # a calibre: a number with its unit as modifier, like "five-year"
sp = d.s('speaker', 'officers', after='9mm handgun, and ')
d.q(sp, 'when they demanded she drop the handgun, she failed to do so')
# "one of the hit-and-run suspects": 'one of', no count
d.s('figure', 'at least eight shots')
# "twice in the shoulder": a count of times, left out
sp = d.s('speaker', 'a 911 call')                              # `According to X`
d.q(sp, 'she believed she was defending her home against the hit-and-run suspects')
d.s('figure', 'an hour')                                       # a duration, like "a week"
# "what was said to have been "non-life-threatening"": no one named, no quote
d.s('figure', 'USD$1 million')
sp = d.s('speaker', 'A spokesperson for LAPD')
d.q(sp, 'they will analyse the footage, forensic and interview data for a few months and "evaluate the evidence to determine whether the officers\' tactics, drawing and exhibiting a weapon, and use of deadly force in this incident complied with LAPD policy."')   # reported clause with a direct quote: both spans
d.q(sp, "evaluate the evidence to determine whether the officers' tactics, drawing and exhibiting a weapon, and use of deadly force in this incident complied with LAPD policy.")
# "a few months": a bare quantifier
d.s('place', 'Indio')
d.s('place', 'California', after='Indio, ')
d.s('figure', 'four days', after='only ')                      # "only" stays out
d.s('figure', 'Two days')
sp = d.s('speaker', 'Scott Shriner', after="Coachella, ")
d.q(sp, 'his wife was "alright."')                             # "a statement affirming that": reported clause with a partial direct quote
d.q(sp, 'alright.')
# "Enter Sandman": a song title in marks, no quote
