# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Thirteenth round: the blind part heldout13, 49 articles of 2024-2026
# (src/test/resources/samples/wikinews/wikinews_2024_2026.csv, read by make_gold.py as rows 295-343)
# drawn in the order
#
#   random.Random(2036).sample(range(295, 344), 49)
#   annotators A-D; B's 12 rows split into B1-B3 of four rows each
#   this file (annotator B3)  ->  [301, 336, 329, 325]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "heldout13"

# ---------------- heldout13 ----------------
d = doc(301, "trudeau-trump-dinner-palm-beach", SPLIT)
# "November 29", "November 2": dates; "Canadian Prime Minister", "Canadian goods": adjectives
d.s('place', 'Palm Beach')                                     # "Palm Beach, Florida": city, then state
d.s('place', 'Florida')
d.s('place', 'Mar-a-Lago')                                     # a named estate (settled: named sites)
d.s('place', 'United States', after='private dinner at Mar-a-Lago with ')   # "United States President-elect": the country the title is of
d.s('figure', '25%')                                           # "a 25% tariff"
d.s('place', 'Mexico')
d.s('place', 'Canada', after='imported from Mexico and ')
sp = d.s('speaker', 'Trudeau', after='which is a plan that ')  # "criticized, saying that ...": the clause is his
d.q(sp, 'it would cause harm to "Canadians who work so well with the United States" while "raising prices for American citizens as well, and hurting American industry and businesses."')
d.q(sp, 'Canadians who work so well with the United States')
d.s('place', 'United States', after='Canadians who work so well with the ')
d.q(sp, 'raising prices for American citizens as well, and hurting American industry and businesses.')
sp = d.s('speaker', 'Trump', after='American industry and businesses." ')
d.q(sp, 'this tariff "will remain in effect until such time as drugs, in particular fentanyl, and all illegal aliens stop this invasion of our country!"')
d.q(sp, 'will remain in effect until such time as drugs, in particular fentanyl, and all illegal aliens stop this invasion of our country!')
d.s('place', 'Palm Beach International Airport')               # a named airport (settled: named sites)
# "Other attendees": no number
d.s('place', 'North Dakota')                                   # "North Dakota Governor": the place the title is of
# "Secretary of the Interior", "Secretary of Commerce": offices, no places
d.s('place', 'Pennsylvania')                                   # "Pennsylvania Senator-elect"
sp = d.s('speaker', 'Trudeau', after='The afternoon after the meeting, ')
d.q(sp, 'he and Trump had had an "excellent conversation."')
d.q(sp, 'excellent conversation.')
sp = d.s('speaker', 'He', after='excellent conversation." ')   # "expressing hope for": the object is no quote, the marked words are
# "X", "Twitter", "Truth Social": services
d.q(sp, 'the work we can do together, again.')
sp = d.s('speaker', 'Trump', after='again."\n\n\n')
d.q(sp, 'very productive,')                                    # "describing the meeting as"
d.q(sp, 'he and Trudeau had discussed "many important topics that will require both countries to work together to address," including the "fentanyl and drug crisis that has decimated so many lives as a result of illegal immigration, fair trade deals that do not jeopardize American workers, and the massive trade deficit the U.S. has with Canada."')
d.q(sp, 'many important topics that will require both countries to work together to address,')   # "both countries", "so many lives": no numbers
d.q(sp, 'fentanyl and drug crisis that has decimated so many lives as a result of illegal immigration, fair trade deals that do not jeopardize American workers, and the massive trade deficit the U.S. has with Canada.')
d.s('place', 'U.S.', after='massive trade deficit the ')
d.s('place', 'Canada', after='the U.S. has with ')
