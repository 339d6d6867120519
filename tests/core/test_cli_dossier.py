"""`workbench import`, `workbench claims` and `workbench rule` through ``workbench.cli.main``."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.core.test_dossier_support import (  # noqa: F401  (_private_config is a fixture)
    ONE,
    THREE,
    TWO,
    _private_config,
    fake_analyze,
    write,
)
from workbench import cli
from workbench.dossier import Dossier
from workbench.store import schema


@pytest.fixture(autouse=True)
def _fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line uses the real reader and a predictable stand-in for the analysis."""
    real_open = Dossier.open.__func__  # type: ignore[attr-defined]

    def open_with_fake(cls: type[Dossier], path: Any, **kw: Any) -> Dossier:
        return real_open(cls, path, analyzer=fake_analyze, **kw)  # type: ignore[no-any-return]

    monkeypatch.setattr(Dossier, "open", classmethod(open_with_fake))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder, "one.txt", ONE)
    write(folder, "two.txt", TWO)
    return folder


def claims_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert cli.main(["claims", *args, "--format", "json"]) == 0
    data: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return data


def test_import_claims_rule_round_trip(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier = str(tmp_path / "case.sqlite")
    assert cli.main(["import", dossier, str(corpus)]) == 0
    err = capsys.readouterr().err
    assert "added 2 article(s)" in err and "2 claim(s), 1 in conflict" in err

    claims = claims_json(capsys, dossier)
    by_quantity = {c["quantity"]: c for c in claims}
    civilians = by_quantity["number of civilians"]
    assert civilians["status"] == "conflict" and civilians["verdict"] == "unreviewed"
    assert sorted(m["value"] for m in civilians["mentions"]) == [34, 53]
    assert {m["article"] for m in civilians["mentions"]} == {ONE.splitlines()[0],
                                                              TWO.splitlines()[0]}

    assert cli.main(["rule", dossier, str(civilians["id"]), "--verdict", "disputed",
                     "--note", "Ministry says 34", "--evidence", "https://a.example/1",
                     "--evidence", "https://b.example/2", "--checker", "Ana"]) == 0
    assert "unreviewed -> disputed by Ana" in capsys.readouterr().out

    disputed = claims_json(capsys, dossier, "--status", "disputed")
    assert [c["id"] for c in disputed] == [civilians["id"]]
    assert disputed[0]["note"] == "Ministry says 34"
    assert disputed[0]["evidence"] == ["https://a.example/1", "https://b.example/2"]
    assert disputed[0]["checker"] == "Ana"
    assert [c["id"] for c in claims_json(capsys, dossier, "--conflicts")] == [civilians["id"]]
    assert claims_json(capsys, dossier, "--status", "verified") == []

    assert cli.main(["claims", dossier]) == 0
    table = capsys.readouterr().out
    assert "number of civilians" in table and "disputed" in table and "34 civilians" in table


def test_reimport_keeps_rulings_and_marks_them(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier = str(tmp_path / "case.sqlite")
    cli.main(["import", dossier, str(corpus)])
    cid = next(c["id"] for c in claims_json(capsys, dossier)
               if c["quantity"] == "number of civilians")
    cli.main(["rule", dossier, str(cid), "--verdict", "disputed", "--checker", "Ana"])
    assert cli.main(["import", dossier, str(write(tmp_path, "three.txt", THREE)),
                     str(corpus / "one.txt")]) == 0
    err = capsys.readouterr().err
    assert "skipped (already in the dossier)" in err and "1 ruling(s) to look at again" in err
    claim = next(c for c in claims_json(capsys, dossier) if c["id"] == cid)
    assert claim["verdict"] == "disputed" and claim["needs_review"]
    assert len(claim["mentions"]) == 3


def test_import_reports_bad_files_and_keeps_the_rest(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier = str(tmp_path / "case.sqlite")
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    missing = str(tmp_path / "missing.txt")
    assert cli.main(["import", dossier, str(corpus), missing]) == 1
    err = capsys.readouterr().err
    assert "2 file(s) could not be read" in err
    assert "broken.txt" in err and "missing.txt" in err
    assert len(claims_json(capsys, dossier)) == 2


def test_clear_errors(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dossier = tmp_path / "case.sqlite"
    assert cli.main(["claims", str(dossier)]) == 1
    assert "no such dossier" in capsys.readouterr().err
    assert not dossier.exists()

    cli.main(["import", str(dossier), str(corpus)])
    capsys.readouterr()
    assert cli.main(["rule", str(dossier), "999", "--verdict", "verified"]) == 1
    assert f"{dossier}: no claim 999" in capsys.readouterr().err

    with pytest.raises(SystemExit):
        cli.main(["rule", str(dossier), "1", "--verdict", "maybe"])
    capsys.readouterr()

    with sqlite3.connect(dossier) as conn:
        conn.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    conn.close()
    for argv in (["claims", str(dossier)], ["rule", str(dossier), "1", "--verdict", "verified"],
                 ["import", str(dossier), str(corpus)]):
        assert cli.main(argv) == 1
        assert "newer version of the workbench" in capsys.readouterr().err

    text = write(tmp_path, "notes.txt", "not a dossier")
    assert cli.main(["claims", str(text)]) == 1
    assert "not an SQLite file" in capsys.readouterr().err
