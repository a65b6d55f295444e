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
