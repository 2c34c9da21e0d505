"""Quotes: the words an article gives to someone, quoted or reported, with who says them.

Direct quotes are the spans between quotation marks that read as speech (four words or
more); shorter ones are partial or scare quotes, left to framing. A direct quote's
speaker is the subject of the verb of saying the quote hangs on in the parse ("“…,”
Tokayev said", "said Interior Minister X", "X told Reuters: “…”"), else of a verb of
saying next to it; a quote with no attribution that opens a paragraph right after a
quote continues that quote's speaker (``inferred``).

Reported speech is the clause a verb of saying governs ("the ministry said that …",
"…, police said") and what "according to X" introduces.

Speakers are read as a name when the words hold one ("Kazakh President Kassym-Jomart
Tokayev" → the name), as the description otherwise ("a local resident"); "he", "she",
"they" and "who" point back to the last speaker or the last name before. Descriptions
such as "the president" are resolved across the story in link/sources.py.
English only, like the parse: an article without one has no quotes.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from storyline.extract.reading import ArticleReader, Sentence
from storyline.model import Article, NamedSpan, Quote


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that attribute words or a view to someone (lemmas, as spaCy gives them).
CUE_LEMMAS = _words(
    "say tell add state announce report claim argue explain insist warn suggest believe think expect estimate "
    "confirm deny admit acknowledge allege assert declare stress emphasise emphasize note write reply respond "
    "ask promise vow threaten pledge urge predict fear recall complain conclude maintain reiterate comment "
    "remark tweet post testify concede contend caution agree disclose reveal inform assure question "
    "quote find show")
_XCOMP_CUES = _words("promise vow threaten pledge urge")  # "vowed to destroy ...": what follows
_SPEAKER_DEPS = ("nsubj", "nsubjpass")
_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "they": "group", "it": "group",
             "we": "group", "i": "person"}
_EXPLETIVE = {"it", "this", "that", "there", "which", "what"}
_RELATIVE = {"who", "which", "that"}
# Nouns through which a named body speaks: "a spokesman for X", "statistics from X", "X's statement".
_CHANNELS = _words("spokesman spokeswoman spokesperson representative statement statistic data figure report "
                      "press service office website release communique message channel account secretariat "
                      "source")
_LEADERS = {"-", "–", "—", "•", "*", "·"}
MIN_DIRECT_WORDS = 4
_MAX_SPEAKER_WORDS = 12
_NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE", "FAC")

# Quotation marks that open and close a quote (straight double quotes pair in order).
_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’", "\"": "\""}
_OPEN = re.compile(r"[“«„\"]|‘(?=\w)")


@dataclass(frozen=True, slots=True)
class _Speaker:
    text: str  # as written
    name: str  # what the quote's ``speaker`` says: a name when the words hold one
    start: int
    end: int
    kind: str  # "person", "group" or "" (unknown)


def quotes_stage(article: Article) -> Article:
    """Every direct and reported quote of a parsed article, with its speaker."""
    if not article.tokens or not article.sentences:
        return article
    reader = ArticleReader(article)
    spans = quoted_spans(article.text)
    found: list[Quote] = []
    last: _Speaker | None = None
    last_end = -1  # where the last attributed direct quote ends
    taken: set[int] = set()  # cue tokens a direct quote hangs on
    for start, end in spans:
        words = article.text[start:end].split()
        if len(words) < MIN_DIRECT_WORDS:
            continue
        sent = reader.sentence_at(start)
        cue, speaker = _attribution(reader, start, end, spans)
        inferred = False
        if cue is not None and not _partial(reader, cue, start, end):
            taken.add(cue)  # the verb's words are this quote; else they are reported too ("said it faced “…”")
        if speaker is None and cue is None and last is not None and _continues(reader, sent, start, last_end, last):
            speaker, inferred = last, True
        if speaker is None and cue is None:  # "X told local television that ... “Quote.”": X goes on
            speaker = _previous_speaker(reader, sent, start, spans)
            inferred = speaker is not None
        if speaker is not None and speaker.kind in ("pronoun-person", "pronoun-group"):
            speaker = _antecedent(reader, speaker, last)
        found.append(_quote(article, start, end, direct=True, speaker=speaker,
                            cue=_cue_text(reader, cue) if cue is not None else (":" if speaker and not inferred
                                                                                else None),
                            inferred=inferred))
        if speaker is not None:
            last, last_end = speaker, end
    found.extend(_reported(reader, spans, taken, found))
    found.sort(key=lambda q: (q.start, q.end))
    numbered = tuple(dataclasses.replace(q, id=f"{article.id}:q{i + 1}") for i, q in enumerate(found))
    return dataclasses.replace(article, quotes=numbered)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the words inside each pair of quotation marks, within a paragraph.
    An opening mark with no closing one before the paragraph ends runs to the paragraph's
    end (the convention for a quote that goes on in the next paragraph)."""
    out: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        line, base, at = para.group(0), para.start(), 0
        while True:
            m = _OPEN.search(line, at)
            if m is None:
                break
            close = _PAIRS[m.group(0)]
            end = line.find(close, m.end())
            if m.group(0) == "‘":  # a single mark closes before a space or punctuation, not inside "Kazakhstan’s"
                end = _single_close(line, m.end())
            if end < 0:
                if m.group(0) in "“«„" and len(line) - m.end() > 40:
                    out.append((base + m.end(), base + len(line.rstrip())))
                break
            if end > m.end():
                out.append((base + m.end(), base + end))
            at = end + 1
    return [(s, e) for s, e in out if text[s:e].strip()]


def _single_close(line: str, at: int) -> int:
    for m in re.finditer("’", line[at:]):
        after = line[at + m.end():at + m.end() + 1]
        if not after or not after.isalnum():
            return at + m.start()
    return -1


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(s <= at < e for s, e in spans)


def _is_cue(reader: ArticleReader, i: int) -> bool:
    tok = reader.tokens[i]
    return tok.lemma.lower() in CUE_LEMMAS and tok.pos in ("VERB", "AUX")


def _attribution(reader: ArticleReader, start: int, end: int,
                 spans: list[tuple[int, int]]) -> tuple[int | None, _Speaker | None]:
    """The verb of saying a direct quote hangs on, and its speaker."""
    inside = reader.tokens_in(start, end)
    if not inside:
        return None, None
    # 1. A verb of saying outside the quote that governs words inside it.
    for i in inside:
        for j in reader.ancestors(i):
            tok = reader.tokens[j]
            if tok.start >= start and tok.end <= end:
                continue
            if _is_cue(reader, j) and not _inside(spans, tok.start):
                speaker = _speaker_of(reader, j)
                if speaker is not None:
                    return j, speaker
            break  # the first ancestor outside the quote decides
    # 2. A verb of saying with a subject in the sentence that holds the quote's end or start, outside quotes,
    #    nearest the quote ("“…” The minister said this on Monday.").
    sents = {reader.tokens[inside[0]].sent, reader.tokens[inside[-1]].sent}
    after = reader.tokens_in(end, end + 120)
    if after:
        sents.add(reader.tokens[after[0]].sent)
    candidates = [j for s in sorted(sents) for j in reader.sentences[s].tokens
                  if _is_cue(reader, j) and not _inside(spans, reader.tokens[j].start)
                  and not (start <= reader.tokens[j].start < end) and _same_paragraph(reader, j, start)]
    candidates.sort(key=lambda j: min(abs(reader.tokens[j].start - end), abs(reader.tokens[j].end - start)))
    for j in candidates:
        speaker = _speaker_of(reader, j)
        if speaker is not None:
            return j, speaker
    # 3. "According to X, “…”" in the sentence that holds the quote.
    for s in sorted(sents):
        for j in reader.sentences[s].tokens:
            if _is_according(reader, j) and not start <= reader.tokens[j].start < end:
                speaker = _according_speaker(reader, j)
                if speaker is not None:
                    return j, speaker
    # 4. "Tokayev: “…”" — a name right before a colon that opens the quote.
    head = reader.text[max(0, start - 80):start]
    m = re.search(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*:\s*[“\"«„]?$", head)
    if m:
        s0 = start - len(head) + m.start(1)
        name = _name_within(reader, s0, s0 + len(m.group(1)))
        if name is not None:
            return None, _Speaker(text=m.group(1), name=name.text, start=name.start, end=name.end,
                                  kind="person" if name.label == "PERSON" else "group")
    return None, None


def _partial(reader: ArticleReader, cue: int, start: int, end: int) -> bool:
    """Whether a direct quote is only a part of the clause its verb of saying governs."""
    content = [j for c in reader.children.get(cue, []) if reader.tokens[c].dep in ("ccomp", "parataxis", "xcomp")
               for j in reader.subtree(c) if reader.tokens[j].pos != "PUNCT"]
    outside = [j for j in content if not start <= reader.tokens[j].start < end]
    return len(outside) > max(2, len(content) // 3)


def _same_paragraph(reader: ArticleReader, i: int, at: int) -> bool:
    lo, hi = sorted((reader.tokens[i].start, at))
    return "\n" not in reader.text[lo:hi]


def _continues(reader: ArticleReader, sent: Sentence | None, start: int, last_end: int, last: _Speaker) -> bool:
    """A quote with no attribution of its own that goes on from the quote before: nothing
    but quotation marks and spaces between them, or it opens the paragraph right after."""
    if sent is None or last_end < 0:
        return False
    between = reader.text[last_end:start]
    if "\n" not in between:  # the same paragraph, with no other person named in between
        return not any(n.label == "PERSON" and last_end <= n.start < start and n.text != last.name
                       for n in reader.article.names)
    line_start = reader.text.rfind("\n", 0, start) + 1
    opens = not reader.text[line_start:start].strip(" “\"«„-–—")
    return opens and reader.text.count("\n", last_end, start) == 1 and \
        not any(n.label == "PERSON" for n in reader.names_in(sent, ("PERSON",)))


def _speaker_of(reader: ArticleReader, verb: int) -> _Speaker | None:
    """Who a verb of saying gives the words to: its subject; the subject of "quoted" in "X was
    quoted as saying"; the noun a "who said" clause hangs on."""
    tok = reader.tokens[verb]
    kids = reader.children.get(verb, [])
    subj = next((c for c in kids if reader.tokens[c].dep == "nsubj"), None)
    if subj is None and tok.dep in ("pcomp", "xcomp", "advcl"):  # "was quoted as saying", "went on to say"
        up = tok.head
        for _ in range(2):
            subj = next((c for c in reader.children.get(up, []) if reader.tokens[c].dep in _SPEAKER_DEPS), None)
            if subj is not None or reader.tokens[up].head == up:
                break
            up = reader.tokens[up].head
    if subj is None and tok.dep == "conj" and reader.tokens[tok.head].pos in ("VERB", "AUX"):
        # "X called the vote a farce and urged ...": the subject of the first verb
        subj = next((c for c in reader.children.get(tok.head, []) if reader.tokens[c].dep == "nsubj"), None)
    if subj is None and tok.dep == "relcl":  # "officials, who said ..."
        return _phrase(reader, tok.head, skip_relative=True)
    if subj is None:
        agent = next((c for c in kids if reader.tokens[c].dep == "agent"), None)  # "was announced by X"
        if agent is not None:
            subj = next((c for c in reader.children.get(agent, []) if reader.tokens[c].dep == "pobj"), None)
    if subj is None:
        return None
    word = reader.words(subj).lower()
    if word in _RELATIVE and (tok.dep == "relcl" or reader.tokens[tok.head].pos in ("NOUN", "PROPN")):
        return _phrase(reader, tok.head, skip_relative=True)  # "the minister, who said ..."
    if word in _PRONOUNS and word not in _EXPLETIVE:
        t = reader.tokens[subj]
        return _Speaker(text=reader.text[t.start:t.end], name=reader.text[t.start:t.end], start=t.start, end=t.end,
                        kind=f"pronoun-{_PRONOUNS[word]}")
    if word in _EXPLETIVE:
        return None
    return _phrase(reader, subj, skip_relative=False)


def _phrase(reader: ArticleReader, head: int, *, skip_relative: bool) -> _Speaker | None:
    """A noun phrase as a speaker: its words (without relative clauses), and the name in it."""
    cut = ("relcl", "acl", "punct", "cc", "conj") if skip_relative else ("relcl",)
    drop: set[int] = set()
    for c in reader.children.get(head, []):
        if reader.tokens[c].dep in cut:
            drop.update(reader.subtree(c))
    idx = [i for i in reader.subtree(head) if i not in drop]
    if not idx:
        return None
    # keep the contiguous run around the head (an appositive's commas end it)
    lo = hi = idx.index(head)
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi + 1 < len(idx) and idx[hi + 1] == idx[hi] + 1 and reader.words(idx[hi + 1]) not in (",", "(", "—", "–"):
        hi += 1
    run = idx[lo:hi + 1][:_MAX_SPEAKER_WORDS]
    while run and reader.words(run[0]) in _LEADERS:  # a list item's dash
        run = run[1:]
    if not run:
        return None
    start, end = reader.tokens[run[0]].start, reader.tokens[run[-1]].end
    text = reader.text[start:end].strip(" ,")
    if not text or (re.search(r"\d", text) and not re.search(r"[A-Za-z]{3}", text)):
        return None
    name = _name_within(reader, start, end)
    head_tok = reader.tokens[head]
    if name is not None and (name.start <= head_tok.start < name.end
                             or (head_tok.lemma.lower() in _CHANNELS and name.label in ("ORG", "PERSON"))):
        return _Speaker(text=text, name=name.text, start=name.start, end=name.end,
                        kind="person" if name.label == "PERSON" else "group")
    for c in reader.children.get(head, []):  # "the fire chief, Tom Reyes": the name in apposition
        if reader.tokens[c].dep == "appos":
            sub = reader.subtree(c)
            named = _name_within(reader, reader.tokens[sub[0]].start, reader.tokens[sub[-1]].end)
            if named is not None and named.label in ("PERSON", "ORG"):
                return _Speaker(text=reader.text[start:named.end], name=named.text, start=named.start,
                                end=named.end, kind="person" if named.label == "PERSON" else "group")
    bare = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    plural = reader.tokens[head].tag in ("NNS", "NNPS")
    return _Speaker(text=text, name=bare, start=start, end=end, kind="group" if plural else "")


def _name_within(reader: ArticleReader, start: int, end: int) -> NamedSpan | None:
    """The name a speaker's words hold: a person first, then an organisation, a people or a place."""
    names = [n for n in reader.article.names if start <= n.start and n.end <= end and n.label in _NAME_LABELS]
    if not names:
        return None
    return min(names, key=lambda n: (_NAME_LABELS.index(n.label), -(n.end - n.start)))


def _antecedent(reader: ArticleReader, pronoun: _Speaker, last: _Speaker | None) -> _Speaker:
    """The speaker a pronoun stands for: the last speaker of the same kind, else the last
    person (he, she) or organisation (they, it) named before it in the article."""
    wanted = "person" if pronoun.kind == "pronoun-person" else "group"
    fits = (wanted, "") if wanted == "person" else (wanted,)  # "the senator ... he": a singular description
    if last is not None and last.kind in fits and pronoun.start - last.end < 1500:
        return dataclasses.replace(last, text=pronoun.text)
    subject = _recent_subject(reader, pronoun.start, plural=wanted == "group")
    if subject is not None:
        return dataclasses.replace(subject, text=pronoun.text)
    labels = ("PERSON",) if wanted == "person" else ("ORG", "NORP", "GPE")
    before = [n for n in reader.article.names if n.label in labels and n.end <= pronoun.start
              and pronoun.start - n.end < 1500]
    if before:
        n = before[-1]
        return _Speaker(text=pronoun.text, name=n.text, start=n.start, end=n.end, kind=wanted)
    return dataclasses.replace(pronoun, kind="")


def _previous_speaker(reader: ArticleReader, sent: Sentence | None, start: int,
                      spans: list[tuple[int, int]]) -> _Speaker | None:
    """The speaker of the sentence right before a quote that opens its own sentence, in the
    same paragraph, when that sentence reports someone's words."""
    if sent is None or sent.index == 0 or reader.text[sent.start:start].strip(" “\"«„"):
        return None
    prev = reader.sentences[sent.index - 1]
    if "\n" in reader.text[prev.end:start]:
        return None
    for j in prev.tokens:
        if _is_cue(reader, j) and not _inside(spans, reader.tokens[j].start):
            speaker = _speaker_of(reader, j)
            if speaker is not None and not speaker.kind.startswith("pronoun"):
                return speaker
    return None


def _recent_subject(reader: ArticleReader, before: int, *, plural: bool) -> _Speaker | None:
    """The subject of the sentence before (or earlier in this one) when it is a description of
    a person or a body: "The prime minister defended the reform. ... she said"."""
    sent = reader.sentence_at(before)
    if sent is None:
        return None
    lo = reader.sentences[max(0, sent.index - 1)].tokens.start
    for i in range(bisect.bisect_left(reader.starts, before) - 1, lo - 1, -1):
        tok = reader.tokens[i]
        if tok.dep == "nsubj" and tok.pos == "NOUN" and (tok.tag == "NNS") == plural:
            return _phrase(reader, i, skip_relative=True)
    return None


def _cue_text(reader: ArticleReader, i: int) -> str:
    if _is_according(reader, i):
        return "according to"
    words = [reader.words(i)]
    for c in reader.children.get(i, []):
        if reader.tokens[c].dep == "prt":  # "pointed out"
            words.append(reader.words(c))
    return " ".join(words)


def _reported(reader: ArticleReader, spans: list[tuple[int, int]], taken: set[int],
              direct: list[Quote]) -> list[Quote]:
    """Reported speech: the clause a verb of saying governs, and what "according to X" introduces."""
    out: list[Quote] = []
    covered = [(q.start, q.end) for q in direct]
    last: _Speaker | None = None
    for sent in reader.sentences:
        for i in sent.tokens:
            tok = reader.tokens[i]
            if i in taken or _inside(spans, tok.start):
                continue
            if _is_according(reader, i):
                quote = _according(reader, sent, i, covered)
                if quote is not None:
                    out.append(quote)
                continue
            if not _is_cue(reader, i) or any(q.start <= tok.start < q.end for q in out):
                continue  # a verb of saying inside words already reported is part of them
            kids = reader.children.get(i, [])
            content = [c for c in kids if reader.tokens[c].dep in ("ccomp", "parataxis")]
            if not content and tok.lemma.lower() in _XCOMP_CUES:
                content = [c for c in kids if reader.tokens[c].dep == "xcomp"]
            if not content:
                continue
            idx = sorted(j for c in content for j in reader.subtree(c))
            idx = [j for j in idx if reader.tokens[j].pos != "PUNCT" or reader.words(j) in "”’\"»"] or idx
            while idx and reader.tokens[idx[0]].dep == "mark":  # "that"
                idx = idx[1:]
            if len(idx) < 3:
                continue
            start, end = reader.tokens[idx[0]].start, reader.tokens[idx[-1]].end
            start, end = _trim(reader.text, start, end)
            if _covered(reader.text, start, end, covered):
                continue  # the words are a direct quote already
            speaker = _speaker_of(reader, i)
            if speaker is None:
                continue
            if speaker.kind.startswith("pronoun"):
                speaker = _antecedent(reader, speaker, last)
            out.append(_quote(reader.article, start, end, direct=False, speaker=speaker, cue=_cue_text(reader, i)))
            last = speaker
    return out


def _is_according(reader: ArticleReader, i: int) -> bool:
    tok = reader.tokens[i]
    return tok.lemma.lower() == "accord" and tok.dep == "prep"


def _according_speaker(reader: ArticleReader, i: int) -> _Speaker | None:
    """X of "according to X", ``i`` being "according"."""
    to = next((c for c in reader.children.get(i, []) if reader.words(c).lower() == "to"), None)
    obj = next((c for c in reader.children.get(to, []) if reader.tokens[c].dep == "pobj"), None) \
        if to is not None else None
    return _phrase(reader, obj, skip_relative=True) if obj is not None else None


def _according(reader: ArticleReader, sent: Sentence, i: int, covered: list[tuple[int, int]]) -> Quote | None:
    speaker = _according_speaker(reader, i)
    if speaker is None:
        return None
    phrase = reader.subtree(i)
    p_start, p_end = reader.tokens[phrase[0]].start, reader.tokens[phrase[-1]].end
    if p_start - sent.start > sent.end - p_end:  # "…, according to X."
        start, end = sent.start, p_start
    else:  # "According to X, …"
        start, end = p_end, sent.end
    start, end = _trim(reader.text, start, end)
    if len(reader.text[start:end].split()) < 3 or _covered(reader.text, start, end, covered):
        return None
    return _quote(reader.article, start, end, direct=False, speaker=speaker, cue="according to")


def _covered(text: str, start: int, end: int, covered: list[tuple[int, int]]) -> bool:
    """Whether words are (nearly all) a direct quote already."""
    words = len(text[start:end].split())
    return any(len(text[max(start, s):min(end, e)].split()) >= 0.8 * words for s, e in covered)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:—–-":
        start += 1
    while end > start and text[end - 1] in " ,;:—–-.":
        end -= 1
    words = text[start:end]
    if words.count("\"") % 2 and words.startswith("\""):  # a quotation mark the clause does not close
        start += 1
    if text[start:end].count("“") > text[start:end].count("”") and text[end:end + 1] == "”":
        end += 1
    return start, end


def _quote(article: Article, start: int, end: int, *, direct: bool, speaker: _Speaker | None, cue: str | None,
           inferred: bool = False) -> Quote:
    while end > start and article.text[end - 1] in " ,":  # "“We will fight,” he said": the comma is the outlet's
        end -= 1
    return Quote(id="", article=article.id, start=start, end=end, text=article.text[start:end], direct=direct,
                 speaker=speaker.name if speaker else None, speaker_text=speaker.text if speaker else None,
                 speaker_start=speaker.start if speaker else None, speaker_end=speaker.end if speaker else None,
                 cue=cue, inferred=inferred)
