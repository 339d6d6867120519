"""Small builders for Claim / Mention records used by the claim-side widget tests."""
from __future__ import annotations

from typing import Any

from workbench.model import Claim, Mention, Ruling

TITLES = {
    1: ("Dozens killed as strike hits market", "Northern Courier"),
    2: ("Market strike toll rises to 53", "Meridian Wire"),
    3: ("Monitors count the dead", "Valley Herald"),
    4: ("Government gives a lower toll", "State Gazette"),
}


def mention(fid: int, article: int, value: float | None, bound: str = "exact",
            low: float | None = None, high: float | None = None, **kw: Any) -> Mention:
    title, outlet = TITLES.get(article, (f"Article {article}", None))
    if bound == "exact":
        low = high = value
    fields: dict[str, Any] = dict(  # noqa: C408 (reads like the dataclass)
        figure_id=fid, article_id=article, article_title=title, outlet=outlet, start=0, end=2,
        text=str(value), value=value, low=low, high=high, bound=bound, kind="count", unit=None,
        counted="civilians", event="killed", source=None, sentence="", qualifiers=(),
        superseded=False, in_conflict=False)
    fields.update(kw)
    return Mention(**fields)


def claim(cid: int, quantity: str, mentions: tuple[Mention, ...], status: str = "consistent",
          verdict: str = "unreviewed", **kw: Any) -> Claim:
    ruling = kw.pop("ruling", None) or Ruling(verdict=verdict)  # type: ignore[arg-type]
    return Claim(cid, f"key{cid}", quantity, status, kw.pop("reason", ""),  # type: ignore[arg-type]
                 mentions, kw.pop("conflicts", ()), ruling, **kw)


def toll_claims() -> list[Claim]:
    """Five claims with distinct verdicts and statuses, in a known order."""
    killed = (
        mention(1, 1, 34, superseded=True, qualifiers=("initially",), text="34",
                sentence="Rescuers initially counted 34 dead."),
        mention(2, 2, 53, "at_least", 53, None, text="at least 53", source="the Observatory",
                sentence="At least 53 civilians were killed, the Observatory said.",
                in_conflict=True),
        mention(3, 3, 53, "at_least", 53, None, text="at least 53", source="the Observatory",
                in_conflict=True),
        mention(4, 4, 36, text="36", source="the ministry", in_conflict=True,
                sentence="The ministry said 36 <people> died."),
    )
    return [
        claim(1, "civilians killed", killed, "conflict",
              reason="36 cannot hold with at least 53", shared_wording=True),
        claim(2, "people wounded", (mention(5, 1, 9, "about", 8, 10, text="about nine"),
                                     mention(6, 2, 9, text="9")), "consistent", "verified"),
        claim(3, "houses destroyed", (mention(7, 3, 10, text="10"),), "single", "disputed"),
        claim(4, "ambulances sent", (mention(8, 1, 12, text="12"), mention(9, 4, 12)),
              "consistent", "unreviewed"),
        claim(5, "share destroyed", (mention(10, 1, 60, kind="percent", in_conflict=True),
                                     mention(11, 4, 30, kind="percent", in_conflict=True)),
              "conflict", ruling=Ruling("verified", needs_review=True)),
    ]
