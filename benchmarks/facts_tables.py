"""The facts table as a reader sees it, for ECB+ events: the terminal's ``facts:`` section and
every fact of the dossier in rank order (with ``part_of`` and who stands behind it).

    python benchmarks/facts_tables.py 37_ecbplus 12_ecbplus > benchmarks/results/facts_tables_run.txt

Each event's articles are written as JSON Lines (one ``{"id", "text"}`` per article, from
``../shared/bench/ecbplus/articles.jsonl``) and analysed with the command a user runs
(``storyline analyze FILE --db DB --json JSON``). Reserved events are refused.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT.parent / "shared" / "bench" / "ecbplus" / "articles.jsonl"
RESERVED = {f"{topic}_ecb" for topic in (8, 12, 19, 20, 24, 30, 41)}  # kept for measurement: never run here


def table(event: str, work: Path) -> str:
    """The event's facts: the terminal's section, then every fact in rank order."""
    lines = [json.dumps({"id": d["id"], "text": d["text"]}) for d in map(json.loads, ECB.open(encoding="utf-8"))
             if d["event"] == event]
    pile = work / f"{event}.jsonl"
    pile.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dossier = work / f"{event}.dossier.json"
    run = subprocess.run([str(Path(sys.executable).with_name("storyline")), "analyze", str(pile), "--db",
                          str(work / f"{event}.db"), "--json", str(dossier)],
                         capture_output=True, text=True, check=True)
    terminal = run.stdout.splitlines()
    at = next((i for i, line in enumerate(terminal) if line.startswith("facts:")), None)
    section: list[str] = []
    if at is not None:  # the "facts:" line and its rows, up to the next section ("  entities: ...")
        end = next((i for i, line in enumerate(terminal[at + 1:], at + 1) if not line.startswith(("  ▲", "  ✗", "  =",
                    "  ·", "  …", "  +", "  ?", "    "))), len(terminal))
        # the terminal cuts a row at its width, often inside an article id: cut it at the
        # last whole figure instead, so that no cut id reads as another event's
        section = [line[:line.rfind("; ")] + "; …" if line.endswith("…") and "; " in line else line
                   for line in terminal[at:end]]
    facts = [f for story in json.loads(dossier.read_text(encoding="utf-8"))["stories"] for f in story["facts"]]
    label = {f["id"]: f["label"] for f in facts}
    rows = []
    for f in sorted(facts, key=lambda f: f.get("rank") or 0):
        part = f" (part of: {label[f['part_of']]})" if f.get("part_of") in label else ""
        rows.append(f"{f.get('rank') or 0:2d}. {f['assessment']:<13} {f['label']}{part} — {f.get('sources', '?')} "
                    f"source(s); {f['explanation']}")
    return "\n".join([f"## {event} ({len(lines)} articles)", "", "```text", *section, "", *rows, "```", ""])


def main(argv: list[str]) -> int:
    events = [e for e in argv if e not in RESERVED]
    with tempfile.TemporaryDirectory() as tmp:
        for event in events:
            print(table(event, Path(tmp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
