# Hand annotations of Wikinews articles (CC BY 2.5, Wikinews) following docs/guidelines.md.
# Rows 210 and 259 of wikinews_2019.csv + wikinews_2020.csv; same DSL as gold_annotations.py.

# ---------------- tuning ----------------
d = doc(210, "new-delhi-cow-urine-party", "tuning")
d.s('figure', 'a few hundred people')
sp = d.s('speaker', 'Reuters', after='Hindu Union')                # agency reporting its own estimate
d.q(sp, 'around 200 people attended the event held at the Indian capital city of New Delhi')
d.s('figure', 'around 200 people')
d.s('place', 'New Delhi', after='Indian capital city of ')
sp = d.s('speaker', 'an attendee Om Prakash')                     # "Speaking to Reuters": Reuters only relays
d.q(sp, 'We have been drinking cow urine for 21 years, we also take bath in cow dung. We have never felt the need to consume English medicine')
d.s('figure', '21 years')
sp = d.s('speaker', 'ABHM president Chakrapani')
d.q(sp, 'Coronavirus has come because of the people who kill and eat animals. When you kill an animal, it creates a sort of energy that causes destruction in that place')
sp = d.s('speaker', 'Chakrapani', after='In February, ')
d.q(sp, 'Corona is not a virus, but avatar for the protection of poor creatures. They have come to give the message of death and punishment to the one who eats them')
sp = d.s('speaker', 'the World Health Organization')             # passive announcement with agent
d.q(sp, 'pandemic', after='announced to be a "')
sp = d.s('speaker', "the WHO's situation report")                 # the agency's own figures
d.q(sp, 'the virus claimed 6606 lives, and 167,515 cases were reported of this disease')
d.s('figure', '6606 lives')
d.s('figure', '167,515 cases')
sp = d.s('speaker', "The WHO's website")
d.q(sp, 'While some western, traditional or home remedies may provide comfort and alleviate symptoms of COVID-19, there is no evidence that current medicine can prevent or cure the disease. The WHO does not recommend self-medication with any medicines, including antibiotics, as a prevention or cure for COVID-19.')
sp = d.s('speaker', 'Chakrapani', after='addressing the global leaders, ')
d.q(sp, "I request all the presidents and prime ministers of the world to take cow urine on a daily basis. You have all these scientists who don't know the cure, we have the cure given to us by the gods")
sp = d.s('speaker', 'Chakrapani', after='given to us by the gods')
d.q(sp, 'Corona was quiet in India because of yajña rituals.  But these ignorant, arrogant Telangana ministers have challenged corona by killing animals and eating chicken in public, that there is a speculation of seeing the most formidable form of corona.  Thus, these ministers should promptly seek forgiveness from corona, else it would be a disaster that noone can stop.')
d.s('place', 'India', after='Corona was quiet in ')
d.s('place', 'Telangana', after='arrogant ')
# Hindi original (outside the quotation marks, like the unquoted Spanish original in row 198: not a
# quote span); its place names are still place mentions.
d.s('place', 'भारत', after='Hindi language')
d.s('place', 'तेलंगाना', after='Hindi language')
d.s('place', 'भारत', after='इससे ')
sp = d.s('speaker', 'Chakrapani', after='Earlier this month, ')   # ThePrint only relays
d.q(sp, 'Just like we organise tea parties, we have decided to organise a gaumutra party, wherein we will inform people about what is coronavirus and how, by consuming cow-related products, people can be saved from it')
d.s('place', 'Assam')                                            # "Similar sentiment was shared": object of speech noun, no quote
sp = d.s('speaker', 'Suman Haripriya')                           # "of the Hajo assembly" is a role after the name
d.s('place', 'Hajo')
d.q(sp, 'Coronavirus is an airborne disease and it can be cured by using gaumutra and cow dung.')
sp = d.s('speaker', 'Johns Hopkins Center for Systems Science and Engineering')   # reports its own data
d.q(sp, 'there are at least 142 cases in India, of which three patients have died')
d.s('figure', 'at least 142 cases')
d.s('place', 'India', after='at least 142 cases in ')
d.s('figure', 'three patients')
d.s('figure', '14', after='have died.  ')
# settled guidelines: a bare quantifier is not a figure -- d.s('figure', 'Multiple schools and colleges')

d = doc(259, "chadwick-boseman-tributes", "tuning")
d.s('place', 'US', after='tributes were paid to ')
d.s('figure', 'four years')
d.s('figure', '43 years old')
sp = d.s('speaker', 'a statement posted to his official Twitter account')
d.q(sp, 'Boseman died at home on August 28 in the company of his wife and family')
sp = d.s('speaker', 'It', after='Twitter account. ')
d.q(sp, 'he was in stage IV of his cancer which had been diagnosed in 2016')
d.s('place', 'South Carolina')
d.s('figure', 'four Marvel films')
sp = d.s('speaker', 'Ryan Coogler')                              # role after the name left out
d.q(sp, 'I noticed then that Chad was an anomaly')
d.q(sp, 'He was calm. Assured. Constantly studying. But also kind, comforting, had the warmest laugh in the world, and eyes that [saw] much beyond his years, but could still sparkle like a child seeing something for the first time.')
sp = d.s('speaker', 'Actor Denzel Washington')
d.q(sp, 'He was a gentle soul and a brilliant artist, who will stay with us for eternity through his iconic performances over his short yet illustrious career […] God bless Chadwick Boseman.')
sp = d.s('speaker', 'Wayne A. I. Frederick')
d.q(sp, 'It is with profound sadness that we mourn the loss of alumnus Chadwick Boseman who passed away this evening. His incredible talent will forever be immortalized through his characters and through his own personal journey from student to superhero! Rest in Power, Chadwick!')
d.s('place', 'Tennessee')
# settled guidelines: a bare quantifier is not a figure -- d.s('figure', 'a number of celebrities')
sp = d.s('speaker', 'Downey', after='During the broadcast, ')
d.q(sp, 'He was having this immense success, in a strata of his own, humble hardworking, always smile on his face […] Black Panther was hands down the crowning achievement of the Marvel Universe. The one where people got to vote with ticket sales we require this. It is a fantastic movie that leveled the playing field.')
