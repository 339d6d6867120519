"""ClaimReview JSON-LD (schema.org), the markup fact-check publishers and search engines read.

One ``ClaimReview`` per ruled claim (verdict other than unreviewed), in an ``@graph``:

- ``claimReviewed``: what the articles claim, under 75 characters, never naming the verdict
  (a reader must not learn the rating from the claim text);
- ``reviewRating``: a ``Rating`` whose ``alternateName`` is the verdict ("Verified", "Disputed")
  and whose ``ratingExplanation`` is the checker's note (schema.org puts the explanation on the
  Rating, not on the review);
- ``itemReviewed``: a ``Claim`` whose ``appearance`` lists every article carrying it;
- ``author``: the organisation when one is given (the person then as ``creator``), else the
  person, else the checker who ruled;
- ``datePublished``: the date of the ruling.
"""
from __future__ import annotations

import json
import re
from typing import Any

from workbench.model import ArticleRecord
from workbench.reports.view import ClaimView, ReportView
from workbench.reports.wording import VERDICT_LABELS, evidence_item, iso_date

#: claimReviewed must be shorter than this (Google's guidance for fact-check markup)
MAX_CLAIM_CHARS = 75

_VERDICT_WORDS = re.compile(
    r"\b(" + "|".join(sorted(set(VERDICT_LABELS) | {"unverified", "undisputed"}, key=len,
                             reverse=True)) + r")\b",
    re.IGNORECASE,
)


def claim_reviewed(cv: ClaimView) -> str:
    """The claim in words: "Civilians killed: at least 53 or 34", "Share of Deir Ezzor held: 9%".

    The engine names quantities as noun phrases ("bombers conducted in Deir ez-Zor"), which read
    better as a label than folded into a sentence.
    """
    quantity = re.sub(r"\s+", " ", cv.claim.quantity).strip()
    values = list(cv.values[:3])
    if values and quantity:
        text = f"{quantity}: {' or '.join(values)}"
    else:
        text = quantity or " or ".join(values) or f"Claim {cv.claim.id}"
    # The verdict words can occur in article text ("disputed territory"); drop them all.
    text = re.sub(r"\s{2,}", " ", _VERDICT_WORDS.sub("", text)).strip(" :,")
    if len(text) >= MAX_CLAIM_CHARS:
        cut = text[: MAX_CLAIM_CHARS - 2]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" :,") + "…"
    return text[:1].upper() + text[1:]


def _author(view: ReportView, checker: str) -> dict[str, Any]:
    if view.organisation:
        return {"@type": "Organization", "name": view.organisation}
    return {"@type": "Person", "name": view.author or checker or "Unknown"}


def _appearance(article_id: int, title: str, records: dict[int, ArticleRecord]) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": title}
    record = records.get(article_id)
    if record is not None:
        if record.url and evidence_item(record.url).url:
            work["url"] = record.url
        if record.outlet:
            work["publisher"] = {"@type": "Organization", "name": record.outlet}
        published = iso_date(record.published)
        if published:
            work["datePublished"] = published
    return work


def claim_reviews(view: ReportView) -> list[dict[str, Any]]:
    """One ClaimReview object per ruled claim, in report order (conflicts first)."""
    records = {a.id: a for a in view.articles}
    reviews: list[dict[str, Any]] = []
    for cv in view.claims:
        ruling = cv.claim.ruling
        if ruling.verdict == "unreviewed":
            continue
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": cv.verdict_label}
        if ruling.note.strip():
            rating["ratingExplanation"] = ruling.note.strip()
        review: dict[str, Any] = {
            "@type": "ClaimReview",
            "claimReviewed": claim_reviewed(cv),
            "reviewRating": rating,
            "itemReviewed": {
                "@type": "Claim",
                "appearance": [
                    _appearance(group.article_id, group.title, records) for group in cv.by_article
                ],
            },
            "author": _author(view, ruling.checker),
            "datePublished": iso_date(ruling.ruled_at) or view.generated_at.date().isoformat(),
        }
        if view.organisation and view.author:
            review["creator"] = {"@type": "Person", "name": view.author}
        links = [e.url for e in cv.evidence if e.url]
        if links:
            review["citation"] = links
        reviews.append(review)
    return reviews


def render_claimreview(view: ReportView) -> str:
    document = {"@context": "https://schema.org", "@graph": claim_reviews(view)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
