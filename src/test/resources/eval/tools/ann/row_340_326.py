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

d = doc(326, "possessed-guitarist-brian-montana-shootout", SPLIT)
# "Monday, April 28", "1983", "1984": dates and years; "Possessed": a band
d.s('place', 'San Francisco', after='shot and killed in ')
d.s('figure', '60 years old')                                  # an age, like "43 years old"
d.s('figure', 'approximately 25 minutes')                      # a duration; the approximator stays in
d.s('place', 'Arroyo Drive')                                   # a named street; "the 300 block of": part of an address, no figure
# "reportedly pulled a gun": no one named
sp = d.s('speaker', 'Police', after='house.\n\n\n')
d.q(sp, 'Montana opened fire on them with a handgun, shotgun and rifle')   # "stated" without "that"
sp = d.s('speaker', 'Police', after='pronounced dead at the scene. ')
d.q(sp, 'one resident in the house that Montana was firing at sustained what was described as a "graze wound," and required hospitalization')
d.s('figure', 'one resident')                                  # a count, not 'a'; "No other casualties": no number
d.q(sp, 'graze wound,')                                        # "what was described as": the marked words within the police statement
sp = d.s('speaker', 'District Attorney Steve Wagstaffe')
d.q(sp, 'alcohol was involved in the incident')
sp = d.s('speaker', 'He', after='alcohol was involved in the incident. ')
d.q(sp, "[Montana's] death is a tragedy, but it’s fortunate that nobody else [was] hit or injured more seriously.")   # straight opening mark, curly closing mark
sp = d.s('speaker', 'Possessed vocalist Jeff Becerra')         # band role before the name; "Instagram": a service
d.q(sp, "The Brian I know is from when we were still just kids back in the beginning of Possessed. He was nothing like what I'm seeing being written about him. In fact, I think that's one of the reasons that led to him leaving Possessed. He just wasn't willing to be as dark as we wanted him to be at that time. We were going for that evil imagery, and Brian was just so lighthearted, even goofy in a good way.")
# "one of the reasons": 'one of', no count
