# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Thirteenth round: the blind part heldout13, 49 articles of 2024-2026
# (src/test/resources/samples/wikinews/wikinews_2024_2026.csv, read by make_gold.py as rows 295-343)
# drawn in the order
#
#   random.Random(2036).sample(range(295, 344), 49)
#   annotators A-D; B's 12 rows split into B1-B3 of four rows each
#   this file (annotator B2)  ->  [327, 328]
#   (B2 was given [300, 339, 327, 328]; rows 300 and 339 were already committed by annotator B6 in
#   row_300_339.py, so they are not annotated a second time here)
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

SPLIT = "heldout13"

# ---------------- heldout13 ----------------
d = doc(327, "england-local-elections-2025", SPLIT)
# "May 1, 2025": a date; "Labour", "Conservative", "Reform UK": parties (UK inside a party's name, no place)
d.s('place', 'England', after='local elections were held in ')
d.s('place', 'England', after='county councils in rural ')
d.s('figure', 'one parliamentary by-election')                 # counts the by-election against the county councils
# "the 2025 Runcorn and Helsby by-election": an event's name, the constituency inside it not tagged
d.s('place', 'North West England')                             # one span, no place inside a place
d.s('figure', 'six votes')
# "the party's first ... female Member of Parliament": an ordinal
d.s('figure', 'two new metro mayors')
d.s('place', 'Greater Lincolnshire')
d.s('place', 'Hull', after='Greater Lincolnshire and ')      # "Hull and East Yorkshire": two named places joined, tagged apart
d.s('place', 'East Yorkshire')
d.s('place', 'Kent')
d.s('place', 'Staffordshire', after='Kent and ')
d.s('place', 'County Durham')
d.s('place', 'Doncaster')
d.s('place', 'Derbyshire')
d.s('place', 'Lancashire')
d.s('place', 'Lincolnshire', after='Lancashire, ')
d.s('place', 'Nottinghamshire')
d.s('place', 'Staffordshire', after='Nottinghamshire and ')
d.s('figure', '677')                                           # "677 [seats] of over 1,600": two quantities, two spans
d.s('figure', 'over 1,600 council seats')
d.s('place', 'England', after='council seats across ')
sp = d.s('speaker', 'Nigel Farage', after='In total ')
d.q(sp, 'unprecedented')                                       # "called the results "...": the marked word is his
d.q(sp, 'it meant "the end of two-party politics"')           # reported clause with a partial direct quote: both spans
d.q(sp, 'the end of two-party politics')
d.s('figure', 'two-party')                                     # a number as modifier, like "one-pack", "five-year"
d.s('figure', '370 seats')                                     # "came second": an ordinal
d.s('figure', 'three county councils')
d.s('place', 'Cambridgeshire', after='three county councils; ')
d.s('place', 'Oxfordshire')
d.s('place', 'Shropshire')
d.s('place', 'Devon')
d.s('place', 'Cornwall')
d.s('place', 'Wiltshire')
# "some new seats": a bare quantifier
d.s('place', 'Gloucestershire')
d.s('place', 'Worcestershire')
# "the West of England mayoral election": an event's name; "came third": an ordinal
sp = d.s('speaker', 'ITV News', after='history of the party, according to ')   # `according to X`: the outlet's own assessment ("reportedly")
d.q(sp, 'The Conservatives lost over 600 councillors and every one of the fifteen of the councils it controlled, which was reportedly among the worst results in the history of the party')   # after the sentence: the sentence is theirs
d.s('figure', 'over 600 councillors')
d.s('figure', 'every one of the fifteen of the councils')     # all of them, like "all eleven of the legislative bills"
# "many seats": a bare quantifier
d.s('place', 'Cambridgeshire', after='heartland counties including ')
d.s('place', 'Hertfordshire')
d.s('place', 'Northamptonshire')
sp = d.s('speaker', 'Labour leader Keir Starmer')
d.q(sp, 'disappointing,')                                      # "described the result as "...""; the comma inside the marks stays
d.q(sp, 'I get it.')                                           # "telling ITV News": ITV News only hears it
