"""The dossier file itself: schema, migrations, refusing newer, foreign or damaged files."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.core.test_dossier_support import (  # noqa: F401  (_private_config is a fixture)
    ONE,
    TWO,
    _private_config,
    open_fake,
    write,
)
from workbench.dossier import Dossier
from workbench.errors import DossierError, NewerDossierError
from workbench.store import schema


def make(tmp_path: Path, name: str = "case.sqlite") -> Path:
    path = tmp_path / name
    with open_fake(path) as d:
        d.add_articles([write(tmp_path, "one.txt", ONE * 40), write(tmp_path, "two.txt", TWO)])
        d.rule(d.claims()[0].id, "verified", note="checked", checker="Ana")
    return path


def pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_dossier_has_schema_version_wal_and_application_id(tmp_path: Path) -> None:
    path = make(tmp_path)
    assert pragma(path, "user_version") == schema.latest_version()
    assert pragma(path, "application_id") == schema.APPLICATION_ID
    assert pragma(path, "journal_mode") == "wal"
    # a plain sqlite3 connection, with no functions of ours, reads every table
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "figures", "claims", "claim_figures", "rulings", "history",
            "shared_passages", "articles_fts", "claims_fts", "rulings_fts"} <= tables
    assert conn.execute("SELECT verdict, note FROM rulings").fetchall() == [("verified", "checked")]
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'civilians'"
                        ).fetchone()[0] == 2
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    path = make(tmp_path)
    with open_fake(path) as d:
        applied = [m.name for m in schema.MIGRATIONS.applied(d.db)]
        assert applied == [m.name for m in schema.MIGRATIONS._migrations]
        assert len(d.claims()) == 2


def test_migrations_bring_an_old_file_up_to_date(tmp_path: Path) -> None:
    """A file from before any migration (an empty SQLite file) is migrated on open."""
    path = tmp_path / "old.sqlite"
    sqlite3.connect(path).close()
    with open_fake(path) as d:
        assert d.claims() == []
    assert pragma(path, "user_version") == schema.latest_version()


def test_history_is_append_only(tmp_path: Path) -> None:
    path = make(tmp_path)
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE history SET to_verdict = 'disputed'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM history")
    conn.close()


def test_a_newer_dossier_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = make(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDossierError, match="newer version") as err:
        Dossier.open(path)
    assert str(path) in str(err.value)
    assert path.read_bytes() == before


def test_a_text_file_is_not_a_dossier(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.sqlite", "these are my notes, not a database\n" * 10)
    with pytest.raises(DossierError, match="not an SQLite file") as err:
        Dossier.open(path)
    assert str(path) in str(err.value)
    assert path.read_text().startswith("these are my notes")


def test_another_programs_database_is_not_a_dossier(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    with pytest.raises(DossierError, match="not a workbench dossier"):
        Dossier.open(path)


@pytest.mark.parametrize("keep", [40, 0.5])
def test_a_truncated_dossier_gives_a_clear_error(tmp_path: Path, keep: float) -> None:
    path = make(tmp_path)
    data = path.read_bytes()
    assert len(data) > 8192
    size = int(keep) if keep >= 1 else int(len(data) * keep)
    path.write_bytes(data[:size])
    with pytest.raises(DossierError, match="truncated") as err:
        Dossier.open(path)
    assert str(path) in str(err.value)


def test_missing_dossier_is_only_created_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite"
    with pytest.raises(DossierError, match="no such dossier"):
        Dossier.open(path, create=False)
    assert not path.exists()
    with pytest.raises(DossierError, match="does not exist"):
        Dossier.open(tmp_path / "nowhere" / "x.sqlite")
    with pytest.raises(DossierError, match="folder"):
        Dossier.open(tmp_path)


def test_closed_dossier_says_so(tmp_path: Path) -> None:
    d = open_fake(tmp_path / "x.sqlite")
    d.close()
    with pytest.raises(DossierError, match="closed"):
        d.claims()


def test_a_version_1_dossier_is_migrated_keeping_its_rulings(tmp_path: Path) -> None:
    """Build a file as the first release wrote it, then open it with this one."""
    from sqlite_utils import Database

    path = tmp_path / "v1.sqlite"
    db = Database(path)
    schema.MIGRATIONS.apply(db, stop_before="m002_claim_shared_wording")
    db.execute("INSERT INTO articles (title, text, sha256, imported_at)"
               " VALUES ('t', 'text', 'abc', 'now')")
    db.execute("INSERT INTO claims (key, quantity, status, created_at)"
               " VALUES ('k', 'q', 'single', 'now')")
    db.execute("INSERT INTO rulings (claim_id, verdict, note) VALUES (1, 'verified', 'old')")
    db.close()
    assert pragma(path, "user_version") == 1

    with open_fake(path) as d:
        claim = d.claim(1)
        assert (claim.ruling.verdict, claim.ruling.note, claim.shared_wording) == (
            "verified", "old", False)
    assert pragma(path, "user_version") == schema.latest_version() == 2


def test_a_damaged_dossier_gives_a_clear_error(tmp_path: Path) -> None:
    path = make(tmp_path)
    data = bytearray(path.read_bytes())
    data[4096:] = b"\x55" * (len(data) - 4096)  # every page after the first overwritten
    path.write_bytes(bytes(data))
    with pytest.raises(DossierError, match="damaged") as err, Dossier.open(path) as d:
        d.claims()
    assert str(path) in str(err.value)


def test_a_dossier_sqlite_cannot_open_gives_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What sqlite3.connect raises for a new file in a folder we may not write to (a read-only
    # mount, another user's folder): a DossierError naming the file, not a traceback.
    def refuse(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(schema.sqlite3, "connect", refuse)
    path = tmp_path / "new.sqlite"
    with pytest.raises(DossierError, match="cannot open the dossier.*writable") as err:
        Dossier.open(path)
    assert str(path) in str(err.value)


def test_a_dossier_path_the_system_refuses_gives_a_clear_error(tmp_path: Path) -> None:
    # refusals that hold for root too (a read-only folder does not): a name longer than the
    # file system allows, and a "folder" that is a file
    too_long = tmp_path / ("x" * 300 + ".dossier")
    with pytest.raises(DossierError, match="too long") as err:
        Dossier.open(too_long)
    assert "xxx" in str(err.value)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DossierError, match="new.dossier"):
        Dossier.open(not_a_folder / "new.dossier")
    assert not_a_folder.read_text(encoding="utf-8") == "not a folder"


def test_disk_io_errors_say_what_may_be_wrong(tmp_path: Path) -> None:
    # A full disk where SQLite cannot even size its -shm file gives "disk I/O error".
    error = schema.translate(tmp_path / "x.sqlite", sqlite3.OperationalError("disk I/O error"))
    assert "full" in str(error) and str(tmp_path / "x.sqlite") in str(error)
