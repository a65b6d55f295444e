# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md.
# Rows 28 and 43 (both tuning); same DSL as gold_annotations.py.

# ---------------- tuning ----------------
d = doc(28, "walter-munk-dies", "tuning")
# "The death of ... Walter Munk was announced ... by the University of California, San Diego": the
# announced content is a noun phrase (object of the speech verb), so no quote and no speaker there.
# Place names inside university names (California, San Diego, Los Angeles) are not tagged.
d.s('figure', '101', after='He was ')
d.s('place', 'La Jolla')
d.s('place', 'California', after='La Jolla, ')
d.s('place', 'Austria')
d.s('place', 'United States')
d.s('place', 'California', after='before moving to ')
d.s('place', 'La Jolla', after='love interest in ')
# 'US Army' is the name of an organisation (like 'US Air Force' in row 137): US not tagged.
d.s('place', 'Pacific', after='landings on both ')
d.s('place', 'Atlantic coasts')
sp = d.s('speaker', "University of California, San Diego's chancellor, Pradeep Khosla")
d.q(sp, 'Walter was the most brilliant scientist I have ever known,')
sp = d.s('speaker', 'Khosla', after='. Khosla')
# 'countless discoveries' is treated like 'many', not as a figure.
d.q(sp, 'countless discoveries that put the university on the map as a great research institution')
d.q(sp, 'his global leadership on the great scientific issues of our time.')
sp = d.s('speaker', 'Scripps Oceanography director Margaret Leinen')
d.q(sp, 'Munk has been a world treasure for ocean science and geophysics.')
sp = d.s('speaker', 'She', after='geophysics." ')
d.q(sp, 'a guiding force, a stimulating force, a provocative force in science for 80 years')
d.s('figure', '80 years')
d.q(sp, 'one of the most distinguished and honored scientists in the world')
d.q(sp, "always interested in sparking a discussion about what's coming next.")
# 'White House' (a building) and 'US National Medal of Science' (name of an award) are not places.
d.s('place', 'Paris')
sp = d.s('speaker', 'His wife Mary')
d.q(sp, 'We thought he would live forever. His legacy will be his passion for the ocean, which was endless.')

d = doc(43, "anti-brexit-march-london", "tuning")
# "Estimates by event organizers indicate ..." is read like "according to estimates by event organizers".
sp = d.s('speaker', 'Estimates by event organizers')
d.q(sp, 'roughly one million people marched in London on Saturday during an anti-Brexit ("British exit") march, protesting the pending exit of the United Kingdom from the European Union (EU)')
d.s('figure', 'roughly one million people')
d.s('place', 'London', after='people marched in ')
d.s('place', 'United Kingdom', after='pending exit of the ')
# European Union / EU is treated as an organisation (as in rows 89 and 130), not a place.
d.s('place', 'Hyde Park Corner')
sp = d.s('speaker', 'The mayor of London, Sadiq Khan')
d.s('place', 'London', after='The mayor of ')
d.q(sp, "Here in London, thousands of people from across our city and country have come together with @peoplesvote-uk to send a clear message: Enough is enough - it's time to give the British public the final say on Brexit.")
d.s('place', 'London', after='Here in ')
d.s('figure', 'thousands of people', after='Here in London, ')
# settled guidelines: a bare quantifier is not a figure -- d.s('figure', 'several speakers')
d.s('place', 'Scotland', after='First Minister of ')
sp = d.s('speaker', 'Tom Watson', after='and Sadiq Khan. ')
d.q(sp, 'lousy')
d.q(sp, 'he would only vote for it if the British people could also vote for or against it')
sp = d.s('speaker', 'Nicola Sturgeon', after='vote for or against it. ')
d.q(sp, 'it was "the moment of maximum opportunity" for stopping a no-deal Brexit')
d.q(sp, 'the moment of maximum opportunity')
sp = d.s('speaker', 'Some of the protesters Wikinews interviewed')
d.q(sp, 'they had gone to "defend [their] children\'s right to live and work in Europe" and "secure [their own] right to work in the EU"')
d.q(sp, "defend [their] children's right to live and work in Europe")
d.q(sp, 'secure [their own] right to work in the EU')
d.s('place', 'Europe', after='right to live and work in ')
sp = d.s('speaker', 'One interviewee')                 # 'One' only means 'a' here: no figure
d.q(sp, 'people changed their minds')
sp = d.s('speaker', 'several', after='changed their minds and ')
# settled guidelines: a bare quantifier is not a figure -- d.s('figure', 'several', after='changed their minds and ')  # elliptical 'several [interviewees]', like bare 'hundreds' in row 11
d.q(sp, 'they wanted the politicians to stop ignoring them')
# "Not everyone agreed there should be another referendum." - 'agreed' is not a speech verb.
sp = d.s('speaker', 'One MP')                          # the BBC only relays the words: not a speaker
d.q(sp, 'We know that 16 million people wanted to stay in the EU, and some of those would still like to stay in the EU, and within that quite a few would like to have another go and have another referendum — but it was always a minority')
d.s('figure', '16 million people')
# settled guidelines: a bare quantifier is not a figure -- d.s('figure', 'quite a few', after='and within that ')   # elliptical 'quite a few [of those]'
d.s('place', 'United Kingdom', after='In 2016, the ')
d.s('figure', 'About 52% of participating voters')
d.s('figure', '48%')
# Image captions: banners 'saying' a slogan are treated like 'the statement said' (speaker = the banner);
# slogans used as a modifier ('"Revoke arrrticle 50" poster', '"..." sign') have no attribution: not quotes.
sp = d.s('speaker', "a banner from People's Vote")
d.q(sp, 'put it to the people')
d.s('place', 'Trafalgar Square')
d.s('place', 'Parliament Square')
d.s('place', 'Whitehall')
sp = d.s('speaker', 'a banner', after='People holding ')
d.q(sp, 'united in diversity')
