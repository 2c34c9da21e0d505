"""The cleaning stages: a Document becomes an Article with clean text and resolved metadata."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from datetime import timedelta

from storyline.clean import outlets
from storyline.clean.boilerplate import clean_body
from storyline.clean.language import detect_language, translation_note
from storyline.clean.normalize import normalize_text
from storyline.dates import WEEKDAYS, parse_iso_date
from storyline.model import Article, Document, Evidence

# Which evidence wins when several sources name a publication date or an outlet.
_DATE_ORDER = ("jsonl field", "html metadata (htmldate)", "txt date prefix", "page stamp")
_OUTLET_ORDER = ("jsonl field", "url", "html metadata (site name)", "page stamp", "site furniture", "named in text",
                 "url domain")


def to_article(doc: Document) -> Article:
    """Clean a document's body and gather what it says about itself."""
    body = normalize_text(doc.body)
    cleaned = clean_body(body, title=doc.title, date_prefix=doc.has_date_prefix,
                         profile="extracted" if doc.extracted else "text")
    evidence = list(doc.evidence)
    facts = cleaned.header
    if facts.published:
        how = "txt date prefix" if facts.date_prefix else "page stamp"
        evidence.append(Evidence(field="published", value=facts.published, source=how, text=facts.published_text))
    if facts.outlet:
        evidence.append(Evidence(field="outlet", value=facts.outlet, source="page stamp", text=facts.outlet_text))
    if cleaned.title and not doc.title:
        evidence.append(Evidence(field="title", value=cleaned.title, source="first line" if facts.title_line == 1
                                 else "headline in the page header", text=cleaned.title))
    published, warnings = _choose_date(evidence)
    written = written_date(cleaned.text, published)
    if written:
        evidence.append(Evidence(field="written", value=written[0], source="the text's own words", text=written[1]))
        warnings.append(f"the text reads as written on {written[0]}, before its date stamp {published}; "
                        "relative dates are read from the text's day")
    translated_from = None
    for line in cleaned.removed:
        if line.reason == "translation note":
            translated_from = translation_note(line.text)
            evidence.append(Evidence(field="translated_from", value=translated_from or "", source="translator's note",
                                     text=line.text))
            break
    return Article(
        id=doc.id, source=doc.source, format=doc.format, text=cleaned.text, title=cleaned.title, url=doc.url,
        outlet=doc.outlet, language=doc.language, translated_from=translated_from, published=published,
        written=written[0] if written else None,
        removed=tuple(cleaned.removed),
        evidence=tuple(evidence), warnings=doc.warnings + tuple(warnings), encoding=doc.encoding,
        content_hash=hashlib.sha1(doc.body.encode("utf-8", "surrogatepass")).hexdigest(),
    )


_TODAY_WEEKDAY = re.compile(r"\b(?:earlier|later)\s+(?:on\s+|this\s+)?(?P<wd>monday|tuesday|wednesday|thursday|"
                            r"friday|saturday|sunday)\b", re.IGNORECASE)


def written_date(text: str, published: str | None) -> tuple[str, str] | None:
    """The day a text was written, when its own words place it before its date stamp:
    "earlier on Wednesday" is said on that Wednesday. Only one or two days before the stamp
    (a page stamped on the next day), and only when every such phrase agrees."""
    stamp = parse_iso_date(published or "")
    if stamp is None:
        return None
    days: dict[int, str] = {}
    for m in _TODAY_WEEKDAY.finditer(text):
        back = (stamp.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
        days.setdefault(back, m.group(0))
    if len(days) != 1:
        return None
    back, phrase = next(iter(days.items()))
    if back not in (1, 2):
        return None
    return (stamp - timedelta(days=back)).isoformat(), phrase


# Publication dates outside these years are not used: no news is stamped there, and relative
# dates ("tomorrow", "last week") read from 9999-12-31 or 0001-01-01 fall off the calendar.
_USABLE_YEARS = (1000, 8999)


def _unusable(value: str) -> str | None:
    """Why a publication date cannot be used, or None when it can."""
    day = parse_iso_date(value)
    if day is None:
        return "is not a calendar date"
    if not _USABLE_YEARS[0] <= day.year <= _USABLE_YEARS[1]:
        return f"is outside the years {_USABLE_YEARS[0]}-{_USABLE_YEARS[1]}"
    return None


def _choose_date(evidence: list[Evidence]) -> tuple[str | None, list[str]]:
    dates = [e for e in evidence if e.field == "published"]
    refused = [(e, why) for e in dates if (why := _unusable(e.value))]
    dates = [e for e in dates if not _unusable(e.value)]
    notes = [f"publication date {e.value[:40]!r} ({e.source}) {why}: not used" for e, why in refused]
    chosen, warnings = _chosen(dates)
    return chosen, notes + warnings


def _chosen(dates: list[Evidence]) -> tuple[str | None, list[str]]:
    if not dates:
        return None, []
    dates.sort(key=lambda e: _DATE_ORDER.index(e.source) if e.source in _DATE_ORDER else len(_DATE_ORDER))
    chosen = dates[0].value[:10]
    others = {e.value[:10] for e in dates[1:]} - {chosen}
    if not others:
        return chosen, []
    return chosen, [f"publication date {chosen} ({dates[0].source}) disagrees with {', '.join(sorted(others))}"]


def language_stage(article: Article) -> Article:
    """Detect the language of the clean text; a declared language stands unless contradicted."""
    detected = detect_language(f"{article.title or ''}\n{article.text}")
    declared = article.language
    evidence = list(article.evidence)
    warnings = list(article.warnings)
    language = declared
    if detected and (not declared or (declared != detected.code and detected.reliable)):
        if declared:
            warnings.append(f"declared language {declared!r}, but the text reads as {detected.code!r}")
        language = detected.code
        evidence.append(Evidence(field="language", value=detected.code, source="detected (CLD2)",
                                 text=f"{detected.percent}% of the text"))
    return dataclasses.replace(article, language=language, evidence=tuple(evidence), warnings=tuple(warnings))


def outlet_stage(article: Article) -> Article:
    """Name the outlet from the strongest evidence the article carries; null if none."""
    evidence = [e for e in article.evidence if e.field == "outlet"]
    if article.url:
        known = outlets.by_url(article.url)
        if known:
            evidence.append(Evidence(field="outlet", value=known.name, source="url", text=article.url))
        elif domain := outlets.domain_of(article.url):
            evidence.append(Evidence(field="outlet", value=domain, source="url domain", text=article.url))
    furniture = outlets.named_in_furniture([r.text for r in article.removed])
    if furniture:
        evidence.append(Evidence(field="outlet", value=furniture[0], source="site furniture", text=furniture[1]))
    named = outlets.self_named(article.text)
    if named:
        evidence.append(Evidence(field="outlet", value=named[0], source="named in text", text=named[1]))
    if not evidence:
        return article
    evidence.sort(key=lambda e: _OUTLET_ORDER.index(e.source) if e.source in _OUTLET_ORDER else len(_OUTLET_ORDER))
    best = evidence[0]
    outlet = best.value if best.source in ("url", "url domain") else outlets.canonical(best.value)
    new = tuple(e for e in evidence if e not in article.evidence)
    return dataclasses.replace(article, outlet=outlet, evidence=article.evidence + new)
