"""What a length of time is the length of, read from the parse where durations are read.

A duration alone ("48 hours", "18 months") tells a reader nothing in a facts table: "duration (hours)
in Lisbon" could be a strike, a standoff, a search or a journey. The sentence usually says what lasted,
in one of two shapes a parser marks the same way in any story:

- the unit qualifies the noun after it: "a 48-hour general strike", "an 18-month investigation",
  "the two-week trial", "a 30-hour standoff" (the unit is a compound or modifier of that noun);
- the unit is the length a verb of lasting gives its subject: "the blockade lasted 12 hours", "the
  investigation, which lasted a year and a half", "the repair takes around two hours", "talks went on
  for six hours", or the time after which a verb of ending ends it: "the riot ended after 30 hours";
- the unit follows "of" after the noun: "a standoff of about 30 hours".

Nothing else is guessed: "he has worked there for 19 years" (a person, not a thing that lasted),
"after about 36 hours at sea" (no noun that lasted) and "a 24-hour period" (a word for time itself)
name nothing. The phrase is the noun with the words that qualify it ("general strike", "shirt
sponsorship deal"), lower case, never a fragment of the sentence.
"""

from __future__ import annotations

from storyline.extract import claim_words as W
from storyline.extract.reading import ArticleReader, Sentence

# units of time, singular and plural, as a parse lemmatises or leaves them
_UNITS = frozenset(W.TIME_UNITS | {"century", "fortnight"})
_UNIT_WORDS = _UNITS | {f"{u}s" for u in _UNITS} | {"centuries"}
# verbs whose subject is the thing a length of time measures: "lasted", "took", "ran", "went on"
_LASTING_VERBS = frozenset({"last", "take", "run", "continue", "go", "drag", "stretch", "span"})
# verbs of an end whose subject lasted the time told after them: "the riot ended after 30 hours"
_ENDING_VERBS = frozenset({"end", "finish", "conclude", "collapse", "close", "stop", "wrap", "break"})
# nouns that are time itself, or too general to tell a reader anything
_NAMELESS = _UNIT_WORDS | {"period", "time", "span", "spell", "stretch", "window", "interval", "stint", "term",
                           "while", "length", "duration", "old", "one", "ones", "thing", "something", "it", "all",
                           "total", "maximum", "minimum", "average", "most", "least", "lot", "couple", "number",
                           "matter", "age", "sentence", "jail", "prison", "record", "high", "low", "anniversary"}
# people a length of time is told of ("an 11-year veteran", "a four-year starter") that W.PERSON_NOUNS lacks
_PEOPLE = frozenset({"veteran", "starter", "pro", "coach", "manager", "mother", "father", "son", "daughter"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_QUALIFIER_DEPS = frozenset({"compound", "amod"})
_RELATIVE = frozenset({"which", "that"})


def what_lasted(reader: ArticleReader, sent: Sentence, start: int, end: int) -> str | None:
    """The noun phrase a duration written at [start, end) of the article measures, or None."""
    unit = _unit_token(reader, sent, start, end)
    if unit is None or reader.text[start:end].strip().lower() in ("second", "a second"):
        return None  # "the second video", "her second marriage": a place in a line, not a length
    token = reader.tokens[unit]
    head = token.head
    if token.dep in _MODIFIER_DEPS and head > unit and head in sent.tokens and \
            reader.tokens[head].pos in ("NOUN", "PROPN"):
        return _phrase(reader, head, after=unit)  # "a 48-hour general strike"
    verb, preposition = head, reader.tokens[head].lemma.lower() if token.dep == "pobj" else ""
    if preposition == "of" and reader.tokens[reader.tokens[head].head].pos == "NOUN":
        return _phrase(reader, reader.tokens[head].head, after=-1)  # "a standoff of about 30 hours"
    if preposition in ("for", "after"):
        verb = reader.tokens[head].head  # "talks went on for six hours", "the riot ended after 30 hours"
    verbs = _ENDING_VERBS if preposition == "after" else _LASTING_VERBS
    if token.dep not in ("npadvmod", "dobj", "pobj", "attr") or verb not in sent.tokens or \
            reader.tokens[verb].pos not in ("VERB", "AUX") or reader.tokens[verb].lemma.lower() not in verbs:
        return None
    if reader.tokens[verb].lemma.lower() == "go" and not any(
            reader.tokens[c].dep == "prt" and reader.words(c).lower() == "on" for c in reader.children.get(verb, [])):
        return None  # "talks went on for six hours", but "he went back to prison for two years"
    subject = next((c for c in reader.children.get(verb, []) if reader.tokens[c].dep in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if reader.words(subject).lower() in _RELATIVE and reader.tokens[verb].dep == "relcl":
        subject = reader.tokens[verb].head  # "the investigation, which lasted a year and a half"
    if subject not in sent.tokens or reader.tokens[subject].pos != "NOUN":
        return None  # "he lasted", "Smith took six hours": a person, not a thing that lasted
    return _phrase(reader, subject, after=-1)


def _unit_token(reader: ArticleReader, sent: Sentence, start: int, end: int) -> int | None:
    """The token of the figure's unit of time: its last word ("48-hour" -> "hour"), or the noun a
    "and a half" hangs from ("a year and a half" -> "year")."""
    words = [i for i in reader.tokens_in(start, end) if i in sent.tokens]
    units = [i for i in words if reader.words(i).lower() in _UNIT_WORDS or reader.tokens[i].lemma.lower() in _UNITS]
    if not units and words:  # "six hours", "an 18-month inquiry" where the figure's text is the number alone
        after = words[-1] + 1
        if after in sent.tokens and reader.words(after) in ("-", "–"):
            after += 1
        if after not in sent.tokens or reader.words(after).lower() not in _UNIT_WORDS:
            return None
        units = [after]
    return units[0] if units else None


def _phrase(reader: ArticleReader, noun: int, *, after: int) -> str | None:
    """The noun with the compounds and adjectives just before it (not the figure's own words)."""
    word, lemma = reader.words(noun).lower(), reader.tokens[noun].lemma.lower()
    if word in _NAMELESS or lemma in _NAMELESS or word in W.PERSON_NOUNS or lemma in W.PERSON_NOUNS or \
            lemma in _PEOPLE:
        return None  # "an 11-year veteran", "a 15-year employee": a person's time in a job, not a thing that lasted
    keep = [noun]
    for c in sorted(reader.children.get(noun, []), reverse=True):
        tok = reader.tokens[c]
        if c == keep[0] - 1 and c > after and tok.dep in _QUALIFIER_DEPS and tok.pos in ("ADJ", "NOUN", "PROPN") \
                and not any(ch.isdigit() for ch in reader.words(c)) and reader.words(c).lower() not in _UNIT_WORDS:
            keep.insert(0, c)
    words = [reader.words(i) for i in keep[-3:]]
    phrase = " ".join(w if w[:1].isupper() and w[1:2].islower() and i < len(words) - 1 else w.lower()
                      for i, w in enumerate(words))
    return phrase.strip("“”\"' -") or None
