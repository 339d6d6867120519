"""The dossier with the real engine: claims keep their identity across re-analysis."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.core.test_dossier_support import _private_config, write  # noqa: F401
from workbench.dossier import Dossier

A = ("Airstrikes hit Deir Ezzor\n"
     "At least 53 civilians were killed in the airstrikes on Tuesday, the monitor said.\n")
B = ("Strikes on Deir Ezzor\n"
     "The airstrikes on Tuesday killed 34 civilians, local officials said.\n")
C = ("Deir Ezzor toll rises\n"
     "The toll from Tuesday's airstrikes rose to 61 civilians killed, the monitor said.\n")


def killed(d: Dossier) -> Any:
    found = [c for c in d.claims() if any(m.counted == "civilians" for m in c.mentions)]
    assert len(found) == 1, [(c.key, c.quantity) for c in d.claims()]
    return found[0]


def test_rulings_follow_claims_through_the_real_engine(tmp_path: Path, nlp: Any) -> None:
    with Dossier.open(tmp_path / "case.sqlite") as d:
        d.add_articles([write(tmp_path, "a.txt", A), write(tmp_path, "b.txt", B)], nlp=nlp)
        claim = killed(d)
        assert claim.status == "conflict"
        assert sorted(m.text for m in claim.mentions) == ["34 civilians", "At least 53 civilians"]
        d.rule(claim.id, "disputed", note="34 was an early count", checker="Ana")

        d.add_articles([write(tmp_path, "c.txt", C)], nlp=nlp)
        again = killed(d)
        assert again.id == claim.id and again.key == claim.key
        assert again.ruling.verdict == "disputed" and again.ruling.needs_review
        assert len(again.mentions) == 3
        marks = d.marks(again.mentions[0].article_id)
        assert again.id in {m.claim_id for m in marks}
