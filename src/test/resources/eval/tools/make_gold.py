"""Builds src/test/resources/eval/wikinews-gold.jsonl from hand annotations written as strings.

Each span is given as (label, exact text, occurrence index or a preceding context string); offsets
are computed here in Java UTF-16 units. Annotations are made by hand from the guidelines.
"""
import csv, json, sys
csv.field_size_limit(10**8)
ROWS = []
for f in ['wikinews_2019.csv', 'wikinews_2020.csv', 'wikinews_2024_2026.csv']:
    ROWS += list(csv.DictReader(open('src/test/resources/samples/wikinews/' + f, encoding='utf-8')))

def u16(s, i):
    return len(s[:i].encode('utf-16-le')) // 2

class Doc:
    def __init__(self, row, name, split):
        self.row = ROWS[row]; self.text = self.row['text']; self.name = name; self.split = split
        self.ents = []; self.rels = []
    def s(self, label, frag, after=None, occ=0):
        """Tag `frag`; `after` is text that comes before it (the first occurrence after it is used)."""
        start = self.text.index(after) if after else 0
        pos = self.whole(frag, start)
        for _ in range(occ):
            pos = self.whole(frag, pos + 1)
        eid = len(self.ents) + 1
        self.ents.append({"id": eid, "label": label, "start_offset": u16(self.text, pos),
                          "end_offset": u16(self.text, pos + len(frag))})
        return eid
    def whole(self, frag, start):
        """The first occurrence of `frag` from `start` that does not cut a word ("he" is not the "he" of "when")."""
        pos = self.text.index(frag, start)
        while (frag[0].isalnum() and pos > 0 and self.text[pos - 1].isalnum()
               or frag[-1].isalnum() and pos + len(frag) < len(self.text) and self.text[pos + len(frag)].isalnum()):
            pos = self.text.index(frag, pos + 1)
        return pos
    def q(self, speaker, frag, after=None, occ=0):
        qid = self.s('quote', frag, after, occ)
        self.rels.append({"id": len(self.rels) + 1, "from_id": qid, "to_id": speaker, "type": "said_by"})
        return qid
    def obj(self):
        return {"name": self.name, "source": self.row['url'], "split": self.split, "text": self.text,
                "entities": self.ents, "relations": self.rels}

DOCS = []
def doc(row, name, split):
    d = Doc(row, name, split); DOCS.append(d); return d

# make_gold.py ANNOTATIONS.py [MORE.py ...] OUT.jsonl
if len(sys.argv) < 3 or not sys.argv[-1].endswith('.jsonl'):
    sys.exit('usage: make_gold.py ANNOTATIONS.py [MORE.py ...] OUT.jsonl')
for source in sys.argv[1:-1]:
    exec(open(source, encoding='utf-8').read())
with open(sys.argv[-1], 'w', encoding='utf-8') as out:
    for d in DOCS:
        out.write(json.dumps(d.obj(), ensure_ascii=False) + "\n")
print(len(DOCS), "documents,", sum(len(d.ents) for d in DOCS), "spans,", sum(len(d.rels) for d in DOCS), "relations")
