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

d = doc(339, "russia-markov-foreign-agent", SPLIT)
# "August 22", "2012", "June", "1999": dates; "Russian", "Canadian": adjectives
d.s('place', 'Russia', after="On August 22, ")                 # "Russia's Justice Ministry": a country as possessor, like a modifier
# "its list of "foreign agents."", "designated as "foreign agent."": a term in marks and an official act (like "labeled ... as"), no quotes
sp = d.s('speaker', 'Agents.Media')                            # an outlet reporting its own finding; the name in brackets stays out
d.q(sp, 'Markov became one of the main translators of the position of Russian authorities during the Russian invasion into Ukraine')   # "one of": no count
d.s('place', 'Ukraine', after='Russian invasion into ')
# "He was cited in the publications ...": the writer's; "the Kremlin": the administration, not a place here
sp = d.s('speaker', 'Markov', after='In the aftermath of designation, ')   # "wrote the following:" then the quoted paragraph
d.q(sp, "I am not a foreign agent, and everyone knows it perfectly well. For 25 years, I have supported and continue to support Vladimir Putin's policies. I am also under Canadian sanctions. This attack against me is being carried out by enemies of Russia and by enemies of Vladimir Putin's policies. Sooner or later, these people will reveal themselves as traitors or will be removed from office as corrupt officials.")
d.s('figure', '25 years')                                      # a duration; "For" stays out
d.s('place', 'Russia', after='carried out by enemies of ')
sp = d.s('speaker', 'He', after='corrupt officials."\n\n\n')
d.q(sp, '"mistake" happened')                                  # the clause opens with the marked word
d.q(sp, 'mistake')
d.s('place', 'Azerbaijan', after='mediaforum in ')
d.s('place', 'Azerbaijan', after='relationships between ')
d.s('place', 'Russia', after='between Azerbaijan and ')
d.s('place', 'Azerbaijan', after='Gusman praised ')             # "Azerbaijan President": the country the title is of
# "praised ... Aliev": the object of a speech verb, no quote
sp = d.s('speaker', 'Markov', after='Aliev, with ')
d.q(sp, 'Aliev is "brilliant intellectual."')
d.q(sp, 'brilliant intellectual.')
# "Markov's words draw ire from Russian bloggers": no reported content
sp = d.s('speaker', 'Alexander Koc')                           # "accused him of using": a gerund object; the marked words are his
d.q(sp, 'totally Azerbaijan narrative.')
d.s('place', 'Azerbaijan', after='totally ')                   # a country name as modifier
d.s('place', 'Azerbaijan', after='Support of ')
# "proclaimed "foreign agent."", "designated as "foreign agents,"", "so-called "foreign agents"": terms, no quotes
# "supported measures ... and criticised them": objects, no quotes
d.s('place', 'Russia', after='culture figures who left ')
d.s('place', 'Ukraine', after='illegal invasion of ')
d.s('place', 'Russia', after='were approved in ')
# ""foreign agents,"", ""political activity."": terms of the law, no attribution; "from abroad": no name
d.s('place', 'Russia', after='instrument of repression in ')
# "many Putin critics": a bare quantifier; "Memorial": an organisation; "Nobel Prize co-laureate": a prize
