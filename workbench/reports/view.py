"""The report's view-model: everything any format shows, built once from a dossier.

Every format (HTML, Markdown, CSV, JSON, ClaimReview, PDF) renders a :class:`ReportView`, so
they cannot drift apart. Strings here are raw article and note text; formats escape them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from workbench.model import (
    ArticleRecord,
    Claim,
    HistoryEntry,
    Mention,
    StoredPassage,
    Summary,
)
from workbench.reports.wording import (
    STATUS_LABELS,
    VERDICT_LABELS,
    Evidence,
    Quote,
    display_time,
    evidence_item,
    quote,
    value_wording,
)


class ReportSource(Protocol):
    """What a report reads from a dossier (``workbench.dossier.Dossier`` provides all of it)."""

    @property
    def path(self) -> Path: ...
    def articles(self) -> list[ArticleRecord]: ...
    def claims(self) -> list[Claim]: ...
    def shared_passages(self) -> list[StoredPassage]: ...
    def summary(self) -> Summary: ...
    def history(self, claim_id: int) -> list[HistoryEntry]: ...


@dataclass(frozen=True)
class MentionView:
    mention: Mention
    wording: str            # "at least 53"
    quote: Quote
    #: titles of other articles that carry this sentence nearly word for word
    shared_with: tuple[str, ...]


@dataclass(frozen=True)
class ArticleMentions:
    article_id: int
    title: str
    outlet: str | None
    mentions: tuple[MentionView, ...]


@dataclass(frozen=True)
class ConflictPair:
    a: MentionView
    b: MentionView


@dataclass(frozen=True)
class HistoryView:
    entry: HistoryEntry
    from_label: str
    to_label: str
    at: str                 # for display; the raw value is entry.at


@dataclass(frozen=True)
class ClaimView:
    claim: Claim
    status_label: str
    verdict_label: str
    #: the distinct values the articles give, in order of first appearance
    values: tuple[str, ...]
    by_article: tuple[ArticleMentions, ...]
    conflicts: tuple[ConflictPair, ...]
    evidence: tuple[Evidence, ...]
    ruled_at: str           # for display; the raw value is claim.ruling.ruled_at
    history: tuple[HistoryView, ...]

    @property
    def mentions(self) -> tuple[MentionView, ...]:
        return tuple(mv for group in self.by_article for mv in group.mentions)


@dataclass(frozen=True)
class PassageView:
    passage: StoredPassage
    title_a: str
    title_b: str


@dataclass(frozen=True)
class ReportView:
    title: str
    name: str               # the dossier's name without its suffix
    dossier_name: str
    generated_at: datetime
    author: str
    organisation: str
    summary: Summary
    #: (verdict, label, count) in the order verified, disputed, unreviewed
    by_verdict: tuple[tuple[str, str, int], ...]
    #: conflicting claims first, then the rest, each in claim order
    claims: tuple[ClaimView, ...]
    articles: tuple[ArticleRecord, ...]
    passages: tuple[PassageView, ...]

    @property
    def conflicts(self) -> tuple[ClaimView, ...]:
        return tuple(c for c in self.claims if c.claim.status == "conflict")

    @property
    def generated(self) -> str:
        return self.generated_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def build_view(
    source: ReportSource,
    *,
    author: str = "",
    organisation: str = "",
    generated_at: datetime | None = None,
) -> ReportView:
    """Read everything a report shows from ``source`` (a Dossier) into one view-model."""
    articles = source.articles()
    claims = source.claims()
    passages = source.shared_passages()
    texts = {a.id: a.text for a in articles}
    titles = {a.id: a.title for a in articles}
    views = [
        _claim_view(c, texts, titles, passages, source.history(c.id)) for c in claims
    ]
    # Conflicts lead: they are what an editor must see first. sorted() is stable, so claim order
    # (the dossier's) is kept within each part.
    views.sort(key=lambda v: v.claim.status != "conflict")
    summary = source.summary()
    verdicts = ("verified", "disputed", "unreviewed")
    return ReportView(
        title=f"Verification report: {source.path.stem}",
        name=source.path.stem,
        dossier_name=source.path.name,
        generated_at=generated_at or datetime.now(UTC),
        author=author.strip(),
        organisation=organisation.strip(),
        summary=summary,
        by_verdict=tuple((v, VERDICT_LABELS[v], summary.by_verdict.get(v, 0)) for v in verdicts),
        claims=tuple(views),
        articles=tuple(articles),
        passages=tuple(
            PassageView(p, titles.get(p.article_a, f"article {p.article_a}"),
                        titles.get(p.article_b, f"article {p.article_b}"))
            for p in passages
        ),
    )


def _claim_view(
    claim: Claim,
    texts: dict[int, str],
    titles: dict[int, str],
    passages: Sequence[StoredPassage],
    history: Sequence[HistoryEntry],
) -> ClaimView:
    by_id: dict[int, MentionView] = {}
    grouped: dict[int, list[MentionView]] = {}
    for m in claim.mentions:
        mv = MentionView(
            mention=m,
            wording=value_wording(m),
            quote=quote(m, texts.get(m.article_id)),
            shared_with=_shared_with(m, passages, titles),
        )
        by_id[m.figure_id] = mv
        grouped.setdefault(m.article_id, []).append(mv)
    by_article = tuple(
        ArticleMentions(aid, mvs[0].mention.article_title, mvs[0].mention.outlet, tuple(mvs))
        for aid, mvs in grouped.items()
    )
    values: list[str] = []
    for mv in by_id.values():
        if mv.wording not in values:
            values.append(mv.wording)
    ruling = claim.ruling
    return ClaimView(
        claim=claim,
        status_label=STATUS_LABELS.get(claim.status, claim.status),
        verdict_label=VERDICT_LABELS.get(ruling.verdict, ruling.verdict),
        values=tuple(values),
        by_article=by_article,
        conflicts=tuple(
            ConflictPair(by_id[a], by_id[b])
            for a, b in claim.conflicts
            if a in by_id and b in by_id
        ),
        evidence=tuple(evidence_item(e) for e in ruling.evidence if e.strip()),
        ruled_at=display_time(ruling.ruled_at),
        history=tuple(
            HistoryView(
                h,
                VERDICT_LABELS.get(h.from_verdict, h.from_verdict),
                VERDICT_LABELS.get(h.to_verdict, h.to_verdict),
                display_time(h.at),
            )
            for h in history
        ),
    )


def _shared_with(
    m: Mention, passages: Sequence[StoredPassage], titles: dict[int, str]
) -> tuple[str, ...]:
    others: list[str] = []
    for p in passages:
        other = None
        if p.article_a == m.article_id and p.start_a <= m.start < p.end_a:
            other = p.article_b
        elif p.article_b == m.article_id and p.start_b <= m.start < p.end_b:
            other = p.article_a
        if other is not None:
            title = titles.get(other, f"article {other}")
            if title not in others:
                others.append(title)
    return tuple(others)
