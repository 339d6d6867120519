"""`workbench analyze`: the JSON contract, the table, failures, progress and cancel."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.analysis import analyze
from workbench.cli import main
from workbench.errors import Cancelled

TEXT_A = ("Quake kills at least 30 in Norbury\n\nAt least 30 people were killed when an "
          "earthquake struck Norbury on Monday, the civil defence said.")
TEXT_B = ("Norbury quake\n\nThe earthquake in Norbury on Monday killed 24 people, the mayor "
          "said. About 3,000 homes were damaged.")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "b.md").write_text(TEXT_B, encoding="utf-8")
    return tmp_path


def test_json_follows_the_contract(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(corpus), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "workbench.analysis/1"
    texts = {a["id"]: a["text"] for a in data["articles"]}
    assert {Path(a["path"]).name for a in data["articles"]} == {"a.txt", "b.md"}
    for f in data["figures"]:
        assert texts[f["article"]][f["start"]:f["end"]] == f["text"]
        assert f["bound"] in {"exact", "at_least", "more_than", "at_most", "less_than", "about",
                              "range"}
        assert f["kind"] in {"count", "percent", "money", "measure", "duration", "date",
                             "ordinal", "other"}
    conflict = [g for g in data["groups"] if g["status"] == "conflict"]
    assert len(conflict) == 1
    ids = {f["id"]: f for f in data["figures"]}
    pair = conflict[0]["conflicts"][0]
    assert {ids[x]["value"] for x in pair} == {30, 24}
    assert "civil defence" in conflict[0]["reason"] and "mayor" in conflict[0]["reason"]


def test_table_shows_conflicts_first(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert out.index("[CONFLICT]") < out.index("figures reported by one article only")
    assert "at least 30" in out


def test_bad_file_is_reported_and_the_rest_analysed(corpus: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    code = main(["analyze", str(corpus), "--format", "json"])
    captured = capsys.readouterr()
    assert code == 1
    assert "empty.txt" in captured.err
    assert len(json.loads(captured.out)["articles"]) == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("workbench ")


def test_progress_and_cancel_callbacks(corpus: Path) -> None:
    seen: list[tuple[int, int]] = []
    analyze([corpus], progress=lambda d, t, m: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(Cancelled):
        analyze([corpus], cancelled=cancelled)


def test_a_reason_names_an_article_by_outlet_or_headline_not_by_file_name(
        tmp_path: Path) -> None:
    (tmp_path / "8303d4045a4bc558.txt").write_text(
        "Floods kill at least 12 in the riverside town of Marlow on Sunday\n\nAt least 12 "
        "people were killed in floods in Marlow on Sunday, the fire service said.",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Marlow floods\n\nPolice said 9 people were killed in floods in Marlow on Sunday.",
        encoding="utf-8")
    result = analyze([tmp_path])
    reason = next(g.reason for g in result.groups if g.status == "conflict")
    assert "8303d4045a4bc558" not in reason
    assert "Floods kill at least 12 in the\u2026" in reason or "Marlow floods" in reason
