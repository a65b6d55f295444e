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

d = doc(328, "csiro-spotted-handfish-release", SPLIT)
# "Tuesday, April 29": a date; "Commonwealth Scientific and Industrial Research Organisation (CSIRO)": an organisation
d.s('figure', 'fifteen juvenile captive bred spotted handfish')
d.s('place', 'Seahorse World')                                 # a named aquarium that locates the breeding (settled: named sites)
d.s('place', 'Tasmania')
d.s('place', 'River Derwent')
d.s('place', 'Hobart')
# "handfish hotels", "hotels" in marks: a term, no attribution, no quote
d.s('figure', 'approximately two weeks')
# "the researchers were planning to ...": the writer's account of a plan, no speech
# "Derwent Estuary Program": an organisation, Derwent inside its name; "in 2017": a date
d.s('figure', 'two satellite populations')
d.s('place', 'Seahorse World', after='satellite populations: at ')
d.s('place', 'Melbourne Aquarium')                             # a named building
sp = d.s('speaker', 'CSIRO research technician and project lead Carlie Devine')
d.q(sp, "Today is our first ever release of captive-bred juveniles, so we're very excited to put them in the water. ... It's been a long journey, first of all we had to work out how to get them to breed in captivity. ... It is still a very rare event for them to breed in captivity.")   # one quote, the "..." inside it
sp = d.s('speaker', 'Senior biologist Rachelle Hawkins')
d.q(sp, 'the fifteen released fish are part of the 35 that hatched, with the remainder staying at the aquarium to continue boosting the captive population')
d.s('figure', 'fifteen released fish')                         # "the" stays out
d.s('figure', '35', after='part of the ')                     # "the 35 [fish] that hatched"
sp = d.s('speaker', 'Ms Hawkins')
d.q(sp, "a hurdle to breeding was difficulty with identifying a handfish's sex, which was resolved in 2023 when the aquarium was able to use ultrasound to determine the sex")   # "in 2023": a date
# "Tasmanian artist Jane Bamford": an adjective; she says nothing
d.s('figure', '7,500 ceramic poles')
sp = d.s('speaker', 'Ms Devine')                               # "said about the "handfish hotels":": the object of "about", no quote
d.q(sp, "We will have an intensive monitoring program ... we will check on the fish and do a hotel room service every couple of days to make sure they are all good and happy. The fish won't move much, so will be easy to find in the hotels, which they will keep for about two weeks. ... Once we remove the hotels, hopefully they will go on their merry way and integrate. We want to make sure they can survive in the wild. They are very hardy fish so we are positive that they will be fine. It's a long process and this is just one step in our captive breeding program.")
# "every couple of days": "a couple of" read as a bare quantifier (settled in an earlier row)
d.s('figure', 'about two weeks')
# "just one step": 'one' only means 'a' here
# "IUCN Red List 2020": a list's name; "in 1996": a date; "the first marine fish": an ordinal
d.s('place', 'Derwent River')                                  # "the estuary of Derwent River": the estuary is not named
d.s('place', 'Tasmania', after='Derwent River, ')
