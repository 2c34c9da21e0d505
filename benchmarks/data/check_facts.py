"""Check facts files labelled by reading: valid JSON, docs belong to the event, number_text and
sentence are exact substrings of the article text, sentence contains number_text.

Usage: python3 benchmarks/data/check_facts.py [FOLDER ...] [--articles ARTICLES_JSONL]
(default folders: facts, facts_fresh and facts_held beside this script)
"""

import glob
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
src = os.path.join(here, "..", "..", "..", "shared", "bench", "ecbplus", "articles.jsonl")
if "--articles" in args:
    at = args.index("--articles")
    src = args[at + 1]
    del args[at:at + 2]
LABELLED = ("facts", "facts_fresh", "facts_held", "facts_held4", "facts_held5", "facts_held6", "facts_dev6",
            "facts_dev7", "facts_held7", "facts_held8", "facts_held9", "facts_held10")
folders = args or [os.path.join(here, name) for name in LABELLED
           if os.path.isdir(os.path.join(here, name))]
arts, by_event = {}, {}
with open(src, encoding="utf-8") as fh:
    for line in fh:
        a = json.loads(line)
        arts[a["id"]] = a
        by_event.setdefault(a["event"], set()).add(a["id"])

MEASURES = {
    "killed",
    "injured",
    "missing",
    "detained",
    "arrested",
    "charged",
    "rescued",
    "evacuated",
    "displaced",
    "deployed",
    "damage",
    "money",
    "price",
    "magnitude",
    "depth",
    "count",
    "duration",
    "sentence",
    "percent",
    "distance",
    "age",
    "speed",
    "other",
}
ROLES = {
    "victims",
    "perpetrators",
    "security_forces",
    "civilians",
    "officials",
    "combatants",
    "objects",
    "other",
}
ASSESS = {"consistent", "evolving", "conflicting", "single_source"}
bad = 0


def err(f, msg):
    global bad
    bad += 1
    print(f"{os.path.basename(f)}: {msg}")


for f in sorted(f for folder in folders for f in glob.glob(os.path.join(folder, "*.json"))):
    with open(f, encoding="utf-8") as fh:
        d = json.load(fh)
    ev = d["event"]
    docs = by_event.get(ev, set())
    if set(d["articles"]) != docs:
        err(f, "articles list differs from the event's articles")
    for g in d["copies"]:
        for doc in g:
            if doc not in docs:
                err(f, f"copy {doc} not in event")
    ids = [x["id"] for x in d["facts"]]
    if len(set(ids)) != len(ids):
        err(f, "duplicate fact ids")
    items = []
    for x in d["facts"]:
        if x["measure"] not in MEASURES:
            err(f, f"{x['id']} measure {x['measure']}")
        if x["role"] not in ROLES:
            err(f, f"{x['id']} role {x['role']}")
        if x["assessment"] not in ASSESS:
            err(f, f"{x['id']} assessment {x['assessment']}")
        if x["part_of"] is not None and x["part_of"] not in ids:
            err(f, f"{x['id']} part_of {x['part_of']}")
        if not x["reports"]:
            err(f, f"{x['id']} has no reports")
        seen = set()
        for r in x["reports"]:
            items.append((x["id"], r))
            key = (r["doc"], r["value"])
            if r["repeat"] and r["doc"] not in {d0 for d0, _ in seen}:
                err(f, f"{x['id']} repeat without an earlier report in {r['doc']}")
            seen.add(key)
    for b in d["background"]:
        items.append(("bg", b))
    for fid, r in items:
        doc = r["doc"]
        if doc not in docs:
            err(f, f"{fid} doc {doc} not an article of {ev}")
            continue
        text = arts[doc]["text"]
        if r["number_text"] not in text:
            err(f, f"{fid} {doc} number_text not in text: {r['number_text']!r}")
        if r["sentence"] not in text:
            err(f, f"{fid} {doc} sentence not in text: {r['sentence'][:70]!r}")
        if r["number_text"] not in r["sentence"]:
            err(f, f"{fid} {doc} number_text not in sentence: {r['number_text']!r}")
    print(
        f"{os.path.basename(f)}: {len(d['articles'])} articles, {len(d['facts'])} facts, "
        f"{sum(len(x['reports']) for x in d['facts'])} reports, {len(d['background'])} background"
    )
print("OK" if bad == 0 else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
