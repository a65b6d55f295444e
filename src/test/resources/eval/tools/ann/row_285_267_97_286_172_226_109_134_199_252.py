# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md with its
# "Settled questions". Eighth round (issue 13): a fourth held-out part "heldout4", never tuned on.
# Ten rows drawn at random from the 67 Wikinews rows with 1.5-4.5 KB of text (UTF-8) and at least six
# quotation marks (" “ ”) that were not yet in the set (by url and text); kept in the order drawn:
#
#   rows = wikinews_2019.csv rows + wikinews_2020.csv rows (csv.DictReader, file order)
#   gold = every document of wikinews-gold.jsonl (before this file was added)
#   candidates = [i for i, r in enumerate(rows)
#                 if 1500 <= len(r['text'].encode('utf-8')) <= 4500
#                 and sum(r['text'].count(c) for c in '"“”') >= 6
#                 and r['url'] not in {g['source'] for g in gold}
#                 and r['text'] not in {g['text'] for g in gold}]          # 67 rows
#   random.Random(2029).sample(candidates, 10)  ->  [285, 267, 97, 286, 172, 226, 109, 134, 199, 252]
#
# Annotated by hand from the text and the guidelines alone: the suggester was not run on these articles
# before the annotations were committed. Same DSL as gold_annotations.py.

# ---------------- heldout4 ----------------
d = doc(285, "gsa-begins-presidential-transition", "heldout4")
# "United States General Services Administration": a country inside an official body's name, not tagged
sp = d.s('speaker', 'she', after='permission to access what ')
d.q(sp, 'post-election resources for a presidential transition process')   # "what she described as": the descriptor, like "described as" in row 80; "following the ... Election" is the writer's
d.s('place', 'US', after='following the 2020 ')           # "the 2020 US Presidential Election": the election of the US, country as modifier
sp = d.s('speaker', 'multiple national news outlets')      # "projected" the result: a reported claim
d.q(sp, 'former US Vice President Joe Biden won against incumbent US President Donald Trump')
d.s('place', 'US', after='projected former ')
d.s('place', 'US', after='against incumbent ')
sp = d.s('speaker', 'Murphy', after='\n\n\n')
d.q(sp, 'she made this decision without influence from the White House')
d.s('place', 'White House')                                # a building standing for its occupants, like a capital
d.q(sp, 'she was "never directly or indirectly pressured by any Executive Branch official"')   # "insisting": same speaker
d.q(sp, 'never directly or indirectly pressured by any Executive Branch official')
sp = d.s('speaker', 'she', after='However, ')
d.q(sp, 'she and her family had received violent threats due to her involvement in the process of allowing the incoming president elect access to federal documents')
sp = d.s('speaker', 'President Trump')
# "calling for the beginning of a presidential transition process": object of the verb; the marked words are his
d.q(sp, 'in the best interests of the country')
sp = d.s('speaker', 'he', after='in which ')
d.q(sp, 'he had won the election')                         # "despite several key swing states ..." is the writer's
# "several key swing states": bare quantifier
sp = d.s('speaker', 'The president', after='"in the best interests')
# "vowed to keep fighting": an infinitive object, no reported clause; the marked words are his
d.q(sp, 'the good fight')
# "the president's claims of widespread voter fraud": object of a speech noun
d.s('figure', 'Two days')
d.s('place', 'Michigan')
d.s('place', 'Pennsylvania')                               # "the state of Pennsylvania": the name alone
sp = d.s('speaker', 'Biden and others in the Democratic Party')
d.q(sp, 'the delayed transition process could potentially be a threat to national security, in withholding resources from Biden and his team')
sp = d.s('speaker', 'Senate minority leader Chuck Schumer')
d.q(sp, "the president's tweets Monday are likely as near as the US public will ever have to an official concession from the president")
d.s('place', 'US', after='as near as the ')
# "urged him to move forward": an infinitive object, no quote
d.s('place', 'New Jersey')
sp = d.s('speaker', 'former New Jersey governor Chris Christie')
d.q(sp, 'national embarrassment')                          # "denounced ... as a": the marked words
sp = d.s('speaker', 'businessman and Trump loyalist Stephen Schwarzman')
d.q(sp, 'the president should accept the election outcome and "move on"')
d.q(sp, 'move on')
d.s('figure', 'Over 100 Republican national security experts')   # "signed an open letter urging ...": no reported clause
d.s('figure', 'over six million votes')
# "Joe Biden is projected to win", "He was projected ... to have won": no one named

d = doc(267, "second-biden-trump-debate-cancelled", "heldout4")
sp = d.s('speaker', 'The United States Commission on Presidential Debates')   # country inside the body's name
d.q(sp, 'the second presidential debate between US President Donald Trump and former US Vice President Joe Biden, which was slated for October 15, has been cancelled')   # "on Friday" belongs to the verb; "citing ... concerns": object
d.s('place', 'US', after='debate between ')
d.s('place', 'US', after='and former ')
sp = d.s('speaker', 'the commission', after='In an official statement, ')
d.q(sp, 'On October 8, CPD announced that for the health and safety of all involved, the second presidential debate, scheduled for October 15 in Miami, would be conducted virtually [...] Subsequently, the campaigns of the two candidates who qualified for participation in the debate made a series of statements concerning their respective positions regarding their willingness to participate in a virtual debate on October 15, and each now has announced alternate plans for that date. It is now apparent there will be no debate on October 15')
sp2 = d.s('speaker', 'CPD', after='On October 8, ')           # reported speech inside the direct quote
d.q(sp2, 'for the health and safety of all involved, the second presidential debate, scheduled for October 15 in Miami, would be conducted virtually')
d.s('place', 'Miami')
d.s('figure', 'two candidates')
# "made a series of statements concerning ...", "announced alternate plans": objects, no quotes
d.s('place', 'Cleveland')
d.s('place', 'Ohio')
# "within just days": no number; "there was discussion the second debate could ...": no one named
sp = d.s('speaker', 'The president', after='recent COVID-19 diagnosis. ')
d.q(sp, 'waste of time')                                   # "called the notion a": the marked words
d.s('place', 'Pennsylvania')
sp = d.s('speaker', 'The Biden campaign')
d.q(sp, 'not want[ing] to face questions from the voters about his failures on COVID and the economy.')   # "accusing the president of"
sp = d.s('speaker', 'organizers', after='According to ')
d.q(sp, 'the final debate is still scheduled for October 22 at Belmont University in Nashville, Tennessee, and is to involve testing, mask requirements and social distancing')
d.s('place', 'Belmont University')                         # the named site that locates the debate (settled: named sites)
d.s('place', 'Nashville')
d.s('place', 'Tennessee')

d = doc(97, "adam-kokesh-interview", "heldout4")
# A Wikinews interview whose answers are not in the text; the interviewer's questions are the article's own
# voice (as in row 269), but words the questions attribute to Kokesh are quotes.
d.s('place', 'US', after='candidate for the ')             # "the US Libertarian Party": the party's name has no US; country as modifier
d.s('place', 'United States', after='President of the ')  # the country the title is of
# "Iraq War" is the name of an event: not tagged
d.s('place', 'Arizona')
d.s('place', 'Iraq', after='combat in ')
# "US Marine Corp", "US Congress", "US Senate": a country inside an official body's name, not tagged
d.s('place', 'New Mexico')
d.s('place', 'Arizona', after='US Senate in ')
sp = d.s('speaker', 'He', after='jailhouse interview.  ')
d.q(sp, 'dissolving the federal government in a peaceful, orderly manner')   # "the pledge to begin": his words in marks
# "the title of "Custodian of the Federal Government."": a title in quotation marks, a name, not a quote
d.s('place', 'New Hampshire')
d.s('place', 'Rhode Island')
d.s('place', 'US', after='Rhode Island governor and ')     # "US Senator": the country the title is of
d.s('place', 'New York')
d.s('place', 'Massachusetts')
sp = d.s('speaker', 'Sharpe', after='candidates but ')
d.q(sp, 'he would not run')
d.s('place', 'Iraq', after='during your time in ')
d.s('figure', '3.28 percent of the popular vote')
d.s('place', 'New York', after='Arvin Vohra, former ')
d.s('place', 'Massachusetts', after='Larry Sharpe, and former ')
sp = d.s('speaker', 'you', after='On your website ')
d.q(sp, 'American troops abroad will be immediately brought home in a responsible and orderly manner that does not endanger their lives.')
# "The qualifier "responsible"": a word mentioned, no attribution. "what you mean by a "..."" repeats his
# words from the statement just quoted: a quote linked to the same speaker (no new speech verb)
d.q(sp, 'responsible and orderly manner', after='what you mean by a "')
