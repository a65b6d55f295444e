# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Thirteenth round: the blind part heldout13, 49 articles of 2024-2026
# (src/test/resources/samples/wikinews/wikinews_2024_2026.csv, read by make_gold.py as rows 295-343)
# drawn in the order
#
#   random.Random(2036).sample(range(295, 344), 49)
#   annotators A-D; B's 12 rows split into B1-B3 of four rows each
#   this file (annotator B5)  ->  [340, 326]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "heldout13"

# ---------------- heldout13 ----------------
d = doc(340, "lil-nas-x-pleads-not-guilty", SPLIT)
# "August 25, 2025", "August 21, 2025", "Monday": dates
d.s('place', 'US', after='On August 25, 2025, ')               # "US hip hop artist": a country as modifier
d.s('figure', 'four new felony charges')                       # words between number and counted noun stay in
d.s('place', 'Los Angeles County')
d.s('figure', 'Three of the charges')                          # like "three of his co-authors"; "the remaining charge": no number
d.s('place', 'Los Angeles', after='initially arrested in ')
d.s('place', 'Ventura Boulevard')                              # a named street (settled: named sites)
d.s('place', 'Studio City')
sp = d.s('speaker', 'police', after='Upon arrival, ')
d.q(sp, 'Hill charged at the officers and allegedly struck one of them twice in the face')   # "one of them": 'one of', no count; "twice": a count of times, left out
sp = d.s('speaker', 'People Magazine')                         # `according to X` after the sentence: the whole sentence is theirs
d.q(sp, 'He "spent the weekend in jail" before appearing in court to acknowledge the charges on Monday')
d.q(sp, 'spent the weekend in jail')
# "Months prior", "the previous few years": no numbers (bare quantifier)
sp = d.s('speaker', 'he', after='Months prior to the incident, ')
d.q(sp, 'the previous few years had been particularly "difficult" for him')
d.q(sp, 'difficult')
sp = d.s('speaker', 'He', after='"difficult" for him. ')
d.q(sp, "I'm just now, like arriving to this place of feeling confidence in myself and what I'm doing. And I'm trying to make sure I put intention towards my music and my vision and the creativity of it all.")
d.s('figure', '$75,000')
# "Narcotics Anonymous": an organisation
