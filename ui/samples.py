"""Sample records for the widget previews (``python -m ui.claims_panel``, ``ui.detail_panel``,
``ui.plot``): five reports of one market strike, as the dossier would return them.

Not test data: tests build their own records (``tests/ui/claim_samples.py``).
"""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ui.theme import dark_palette
from workbench.model import Claim, HistoryEntry, Mention, Ruling

_ARTICLES = {
    1: ("Dozens killed as strike hits Kessar market", "Northern Courier"),
    2: ("Kessar market strike toll rises to 53", "Meridian Wire"),
    3: ("Monitors: at least 53 dead in market strike", "Valley Herald"),
    4: ("Ministry says 36 died in Kessar attack", "State Gazette"),
    5: ("Families search the rubble of Kessar's market", "The Ledger"),
}


def _m(fid: int, art: int, text: str, sentence: str, value: float | None, bound: str = "exact",
       low: float | None = None, high: float | None = None, **kw: object) -> Mention:
    title, outlet = _ARTICLES[art]
    if bound == "exact":
        low = high = value
    fields: dict[str, object] = dict(  # noqa: C408 (reads like the dataclass)
        figure_id=fid, article_id=art, article_title=title, outlet=outlet, start=0,
        end=len(text), text=text, value=value, low=low, high=high, bound=bound, kind="count",
        unit=None, counted=None, event=None, source=None, sentence=sentence, qualifiers=(),
        superseded=False, in_conflict=False)
    fields.update(kw)
    return Mention(**fields)  # type: ignore[arg-type]


def sample_claims() -> list[Claim]:
    """Claims as the dossier would return them for five reports of one market strike."""
    killed = (
        _m(1, 1, "34", "Rescue workers initially counted 34 dead at the scene.", 34,
           source="rescue workers", superseded=True, qualifiers=("initially",)),
        _m(2, 1, "at least 53", "By evening the toll had risen to at least 53, the Observatory "
           "said.", 53, "at_least", 53, None, source="the Observatory", in_conflict=True),
        _m(3, 2, "at least 53", "At least 53 civilians were killed, the Observatory said.", 53,
           "at_least", 53, None, source="the Observatory", in_conflict=True),
        _m(4, 3, "at least 53", "At least 53 civilians were killed, the Observatory said.", 53,
           "at_least", 53, None, source="the Observatory", in_conflict=True),
        _m(5, 4, "36", "The ministry said 36 people died in the attack.", 36,
           source="the ministry", in_conflict=True),
    )
    wounded = (
        _m(6, 1, "about 110", "Hospitals treated about 110 wounded.", 110, "about", 99, 121),
        _m(7, 2, "more than 90", "More than 90 people were wounded.", 90, "more_than", 90, None),
        _m(8, 5, "112", "Doctors said 112 people were being treated for wounds.", 112,
           source="doctors"),
    )
    displaced = (
        _m(9, 1, "around 30,000", "Around 30,000 residents have fled the district.", 30000,
           "about", 27000, 33000, source="the UN", in_conflict=True),
        _m(10, 4, "between 8,000 and 12,000", "Officials put the number of displaced between "
           "8,000 and 12,000.", None, "range", 8000, 12000, source="officials", in_conflict=True),
    )
    share = (
        _m(11, 1, "60%", "Traders said 60% of the market was destroyed.", 60, kind="percent",
           source="traders", in_conflict=True),
        _m(12, 5, "a third", "Satellite images show about a third of the stalls destroyed.", 33.3,
           kind="percent", in_conflict=True),
    )
    ruled = Ruling("disputed", "Ministry figure predates the evening count; Observatory list "
                   "names 53 victims.", ("https://example.org/observatory-list",),
                   "R. Haddad", "2024-05-14T16:20:00")
    return [
        Claim(1, "count||civilian|kill|", "civilians killed", "conflict",
              "The State Gazette's 36 cannot hold with at least 53 in two other reports.",
              killed, ((2, 5), (3, 5), (4, 5)), ruled, shared_wording=True),
        Claim(2, "count||person|wound|", "people wounded", "consistent",
              "All three values fit between 99 and 121.", wounded, (), Ruling()),
        Claim(3, "count||resident|flee|", "residents displaced", "conflict",
              "Around 30,000 and between 8,000 and 12,000 cannot both hold.", displaced,
              ((9, 10),), Ruling()),
        Claim(4, "count||ambulance|send|", "ambulances sent", "consistent",
              "Both articles say 12.",
              (_m(13, 1, "12", "Twelve ambulances were sent.", 12),
               _m(14, 4, "12", "The ministry sent 12 ambulances.", 12)),
              (), Ruling("verified", "Confirmed with the civil defence.", (), "R. Haddad",
                         "2024-05-14T15:02:00")),
        Claim(5, "percent||market|destroy|", "share of the market destroyed", "conflict",
              "60% and about a third cannot both hold.", share, ((11, 12),),
              Ruling("disputed", "", (), "R. Haddad", "2024-05-13T11:40:00",
                     needs_review=True)),
        Claim(6, "money|USD|rebuild||", "cost of rebuilding", "single",
              "Only The Ledger gives this figure.",
              (_m(15, 5, "$1.5 million", "Rebuilding will cost $1.5 million, the council said.",
                  1.5e6, kind="money", unit="USD", source="the council"),), (), Ruling()),
        Claim(7, "manual:5:120", "rescue volunteers", "manual", "Marked by the checker.",
              (_m(16, 5, "dozens", "Dozens of volunteers dug through the night.", 24, "about",
                  12, 99),), (), Ruling()),
    ]


def sample_history() -> list[HistoryEntry]:
    return [
        HistoryEntry(1, "unreviewed", "verified", "Three outlets agree on 53.", "R. Haddad",
                     "2024-05-14T10:05:00"),
        HistoryEntry(1, "verified", "disputed", "Ministry figure predates the evening count; "
                     "Observatory list names 53 victims.", "R. Haddad", "2024-05-14T16:20:00"),
    ]


def preview_app() -> QApplication:
    """The QApplication of a widget preview: Fusion, dark with ``--dark`` on the command line."""
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    if "--dark" in sys.argv:
        app.setPalette(dark_palette())
    return app
