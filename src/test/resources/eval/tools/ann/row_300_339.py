# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Thirteenth round: the blind part heldout13, 49 articles of 2024-2026
# (src/test/resources/samples/wikinews/wikinews_2024_2026.csv, read by make_gold.py as rows 295-343)
# drawn in the order
#
#   random.Random(2036).sample(range(295, 344), 49)
#   annotators A-D; B's 12 rows split into B1-B3 of four rows each
#   this file (annotator B6)  ->  [300, 339]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "heldout13"

# ---------------- heldout13 ----------------
d = doc(300, "world-aids-day-2024", SPLIT)
# "World AIDS Day 2024": an event's name; "37th", "35th year": ordinals; "1988", "December 1": dates;
# "United Nations", "UNAIDS", "Pan American Health Organization": organisations
# themes and campaign names in marks ("Take the rights path", "Better with PrEP", "Collective Action: ...",
# "Equal Rights, Equal Care"): names in quotation marks, no attribution, no quotes
# "UNAIDS' 95–95–95 target": numbers that are part of a name, no figure; "2025", "2030", "2016": dates
d.s('place', 'Latin America')
d.s('place', 'Caribbean')                                      # "the Caribbean": the article stays out
d.s('place', 'United States', after='In the ')
d.s('place', 'White House South Lawn')                         # a named site that locates the quilt
# "the White House would also host ...": the administration as host, not tagged (settled in earlier rows)
# "the Biden administration has also announced an expansion ...": the object of a speech verb, no quote
d.s('place', 'Whitney Museum')                                 # a named building
d.s('place', 'New York City')
# "AIDS Healthcare Foundation's World AIDS Day Concert": an event
d.s('place', 'Miami')
d.s('place', 'South Africa', after='In ')
# "South African National AIDS Council": an organisation
d.s('place', 'Mdantsane')
d.s('place', 'Eastern Cape')
d.s('place', 'Kenya')
# "World AIDS Day 2024 Half Marathon": an event
d.s('place', 'Nairobi')
d.s('place', 'Nigeria')
d.s('place', 'Ghana', after='by 2030. In ')
# "National HIV/AIDS Fund", "Ghana AIDS Commission": a place inside an official body's name, not tagged
# "European Centre for Disease Prevention and Control", "European Union": organisations
d.s('place', 'WHO European Region')                            # a named region the data cover (WHO's grouping of countries)
d.s('place', 'United Kingdom')
# "Prime Minister Starmer has pledged to end ...": an infinitive object of a pledge, no quote
d.s('place', 'England')
d.s('place', 'Central and Eastern Europe')                     # one region
# "non-EU": an organisation
d.s('place', 'Bosnia and Herzegovina')
