"""The dossier store: importing, claims, rulings, history, undo and redo, search."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.test_dossier_support import (  # noqa: F401  (_private_config is a fixture)
    ONE,
    THREE,
    TWO,
    _private_config,
    fake_read,
    open_fake,
    write,
)
from workbench.dossier import Dossier
from workbench.edits import SetRuling
from workbench.errors import DossierError
from workbench.model import Ruling
from workbench.settings import Preferences, save_preferences


@pytest.fixture
def dossier(tmp_path: Path) -> Dossier:
    d = open_fake(tmp_path / "case.sqlite")
    d.add_articles([write(tmp_path, "one.txt", ONE), write(tmp_path, "two.txt", TWO)])
    yield d
    d.close()


def by_quantity(d: Dossier, quantity: str) -> int:
    return next(c.id for c in d.claims() if c.quantity == quantity)


def test_import_stores_articles_and_claims(dossier: Dossier) -> None:
    assert [(a.text, a.title) for a in dossier.articles()] == [
        (ONE, ONE.splitlines()[0][:60]), (TWO, TWO.splitlines()[0][:60])]
    assert all(a.sha256 and a.imported_at for a in dossier.articles())
    civilians = dossier.claim(by_quantity(dossier, "number of civilians"))
    assert civilians.status == "conflict"
    assert sorted(m.value for m in civilians.mentions) == [34, 53]
    assert all(m.in_conflict for m in civilians.mentions)
    assert len(civilians.conflicts) == 1
    people = dossier.claim(by_quantity(dossier, "number of people"))
    assert people.status == "consistent" and not any(m.in_conflict for m in people.mentions)
    # every mention points into the stored text the offsets index
    for m in civilians.mentions:
        assert dossier.article(m.article_id).text[m.start:m.end] == m.text
    assert [c.quantity for c in dossier.claims(conflict_only=True)] == ["number of civilians"]


def test_reimporting_the_same_file_skips_it(dossier: Dossier, tmp_path: Path) -> None:
    again = write(tmp_path, "copy.txt", ONE)
    result = dossier.add_articles([again])
    assert result.added == [] and result.skipped == [str(again)]
    assert len(dossier.articles()) == 2


def test_unreadable_files_are_reported_and_the_rest_kept(dossier: Dossier, tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.txt", "")
    result = dossier.add_articles([empty, write(tmp_path, "three.txt", THREE)])
    assert [p.path for p in result.problems] == [str(empty)]
    assert len(result.added) == 1 and len(dossier.articles()) == 3


def test_rule_history_undo_redo_round_trip(dossier: Dossier) -> None:
    cid = by_quantity(dossier, "number of civilians")
    undo = dossier.rule(cid, "disputed", note="Ministry says 34", evidence=["https://x.org/a"],
                        checker="Ana")
    ruled = dossier.claim(cid).ruling
    assert (ruled.verdict, ruled.note, ruled.evidence, ruled.checker) == (
        "disputed", "Ministry says 34", ("https://x.org/a",), "Ana")
    assert ruled.ruled_at
    assert undo == SetRuling(cid, Ruling())
    assert undo.describe() == f"Mark claim {cid} unreviewed"

    redo = dossier.apply(undo)
    assert dossier.claim(cid).ruling == Ruling()
    assert isinstance(redo, SetRuling) and redo.ruling == ruled
    undo_again = dossier.apply(redo)
    assert dossier.claim(cid).ruling == ruled
    assert undo_again == undo

    steps = [(h.from_verdict, h.to_verdict) for h in dossier.history(cid)]
    assert steps == [("unreviewed", "disputed"), ("disputed", "unreviewed"),
                     ("unreviewed", "disputed")]
    assert dossier.history(cid)[0].checker == "Ana"


def test_rule_keeps_note_and_evidence_unless_given(dossier: Dossier) -> None:
    cid = by_quantity(dossier, "number of people")
    dossier.rule(cid, "verified", note="Both agree", evidence=["hospital list"], checker="Bo")
    dossier.rule(cid, "disputed", checker="Bo")
    assert dossier.claim(cid).ruling.note == "Both agree"
    assert dossier.claim(cid).ruling.evidence == ("hospital list",)
    dossier.rule(cid, "disputed", note="", evidence=[], checker="Bo")
    assert dossier.claim(cid).ruling.note == "" and dossier.claim(cid).ruling.evidence == ()


def test_checker_defaults_to_saved_preferences(dossier: Dossier) -> None:
    save_preferences(Preferences(checker="Dana Reyes"))
    cid = by_quantity(dossier, "number of people")
    fresh = open_fake(dossier.path)
    fresh.rule(cid, "verified")
    assert fresh.claim(cid).ruling.checker == "Dana Reyes"
    assert fresh.history(cid)[-1].checker == "Dana Reyes"
    fresh.close()


def test_filters_by_verdict(dossier: Dossier) -> None:
    cid = by_quantity(dossier, "number of people")
    dossier.rule(cid, "verified", checker="x")
    assert [c.id for c in dossier.claims(status="verified")] == [cid]
    assert cid not in [c.id for c in dossier.claims(status="unreviewed")]
    assert len(dossier.claims(status="unreviewed")) == len(dossier.claims()) - 1


def test_bad_claim_and_verdict_are_clear_errors(dossier: Dossier) -> None:
    with pytest.raises(DossierError, match="no claim 999"):
        dossier.rule(999, "verified")
    with pytest.raises(DossierError, match="no claim 999"):
        dossier.claim(999)
    with pytest.raises(ValueError, match="unknown verdict"):
        dossier.write_ruling(1, Ruling(verdict="maybe"))  # type: ignore[arg-type]


def test_reimport_keeps_rulings_and_flags_claims_that_gained_figures(
    dossier: Dossier, tmp_path: Path
) -> None:
    civilians = by_quantity(dossier, "number of civilians")
    people = by_quantity(dossier, "number of people")
    dossier.rule(civilians, "disputed", note="34 vs 53", checker="Ana")
    dossier.rule(people, "verified", note="both say 12", checker="Ana")
    before = {m.figure_id for m in dossier.claim(civilians).mentions}

    dossier.add_articles([write(tmp_path, "three.txt", THREE)])

    after = dossier.claim(civilians)
    assert after.ruling.verdict == "disputed" and after.ruling.note == "34 vs 53"
    assert after.ruling.needs_review  # a third article now counts civilians
    assert before < {m.figure_id for m in after.mentions}  # figures keep their ids
    untouched = dossier.claim(people)
    assert untouched.ruling.verdict == "verified" and not untouched.ruling.needs_review
    assert dossier.summary().needs_review == 1
    # ruling again is the review
    dossier.rule(civilians, "disputed", checker="Ana")
    assert not dossier.claim(civilians).ruling.needs_review


def test_a_ruled_claim_whose_group_vanishes_is_kept(dossier: Dossier) -> None:
    people = by_quantity(dossier, "number of people")
    unruled = by_quantity(dossier, "number of civilians")
    dossier.rule(people, "verified", note="keep me", checker="Ana")
    # both articles that mention people go away: the unruled claim goes, the ruled one stays
    for article in dossier.articles():
        dossier.remove_article(article.id)
    kept = dossier.claim(people)
    assert kept.ruling.note == "keep me" and kept.mentions == ()
    assert "kept because it was ruled" in kept.reason
    with pytest.raises(DossierError):
        dossier.claim(unruled)
    assert len(dossier.history(people)) == 1


def test_manual_claim_survives_reanalysis(dossier: Dossier, tmp_path: Path) -> None:
    article = dossier.articles()[0]
    start = article.text.index("Raid")
    claim = dossier.add_claim(article.id, start, start + 4, quantity="The raid itself")
    assert claim.status == "manual" and claim.mentions[0].text == "Raid"
    assert dossier.add_claim(article.id, start, start + 4).id == claim.id
    dossier.rule(claim.id, "verified", checker="Ana")
    dossier.add_articles([write(tmp_path, "three.txt", THREE)])
    again = dossier.claim(claim.id)
    assert again.quantity == "The raid itself" and again.ruling.verdict == "verified"
    assert dossier.claim_at(article.id, start + 1) == claim.id
    with pytest.raises(DossierError, match="cannot make a claim"):
        dossier.add_claim(article.id, 5, 5000)


def test_removing_an_article_drops_its_unruled_manual_claims(dossier: Dossier) -> None:
    first, second = dossier.articles()
    kept = dossier.add_claim(first.id, 0, 4)
    gone = dossier.add_claim(first.id, 5, 8)
    other = dossier.add_claim(second.id, 0, 6)
    dossier.rule(kept.id, "disputed", note="hand-made", checker="Ana")
    changes = dossier.remove_article(first.id)
    assert changes.articles and changes.all_claims
    assert [a.id for a in dossier.articles()] == [second.id]
    assert dossier.claim(kept.id).ruling.note == "hand-made"
    assert dossier.claim(kept.id).mentions == ()
    assert dossier.claim(other.id).mentions[0].article_id == second.id
    with pytest.raises(DossierError, match=f"no claim {gone.id}"):
        dossier.claim(gone.id)
    with pytest.raises(DossierError, match="no article"):
        dossier.remove_article(first.id)


def test_marks_and_claim_at(dossier: Dossier) -> None:
    article = dossier.articles()[0]
    marks = dossier.marks(article.id)
    assert [article.text[m.start:m.end] for m in marks] == ["34 civilians", "12 people"]
    assert [m.status for m in marks] == ["conflict", "consistent"]
    offset = article.text.index("34")
    assert dossier.claim_at(article.id, offset) == marks[0].claim_id
    assert dossier.claim_at(article.id, 0) is None


def test_shared_wording_marks_agreement_from_wire_copy(tmp_path: Path) -> None:
    wire = "Officials confirmed that 7 soldiers died in the attack. "
    with open_fake(tmp_path / "d.sqlite") as d:
        d.add_articles([write(tmp_path, "a.txt", "Outlet A. " + wire),
                        write(tmp_path, "b.txt", "Outlet B reports. " + wire)])
        soldiers = d.claim(by_quantity(d, "number of soldiers"))
        assert soldiers.status == "consistent" and soldiers.shared_wording
        assert len(d.shared_passages()) == 1
        assert d.summary().shared_passages == 1


def test_summary_counts(dossier: Dossier) -> None:
    dossier.rule(by_quantity(dossier, "number of people"), "verified", checker="x")
    s = dossier.summary()
    assert s.articles == 2 and s.claims == 2 and s.conflicts == 1
    assert s.by_verdict == {"unreviewed": 1, "verified": 1, "disputed": 0}


def test_search_finds_articles_claims_and_notes(dossier: Dossier) -> None:
    cid = by_quantity(dossier, "number of civilians")
    dossier.rule(cid, "disputed", note="The ministry figure is lower", checker="x")
    hits = dossier.search("ministry")
    assert [(h.kind, h.claim_id) for h in hits] == [("note", cid)]
    assert "«ministry»" in hits[0].snippet
    kinds = {h.kind for h in dossier.search("civilians")}
    assert kinds == {"article", "claim"}
    # the last word matches as a prefix (search as you type)
    assert {h.article_id for h in dossier.search("Monit")} == {dossier.articles()[1].id}
    assert [c.id for c in dossier.claims(query="ministry")] == [cid]


@pytest.mark.parametrize("hostile", ['"', 'AND(', 'civilians"', "NEAR(a b", "*", "col:x",
                                     "'); DROP TABLE claims; --", "OR", "-", "^civ"])
def test_hostile_search_queries_never_raise(dossier: Dossier, hostile: str) -> None:
    assert isinstance(dossier.search(hostile), list)
    assert isinstance(dossier.claims(query=hostile), list)
    assert len(dossier.claims()) == 2


def test_cancelled_import_writes_nothing(dossier: Dossier, tmp_path: Path) -> None:
    from workbench.errors import Cancelled

    def analyzer(*a: object, **k: object) -> None:
        raise Cancelled("stopped")

    d = Dossier.open(dossier.path, analyzer=analyzer, reader=fake_read)
    with pytest.raises(Cancelled):
        d.add_articles([write(tmp_path, "three.txt", THREE)])
    assert len(d.articles()) == 2
    d.close()
