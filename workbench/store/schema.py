"""The dossier's tables and how a file is opened, checked and brought up to date.

The schema evolves only through the ordered migrations below (sqlite-utils 4 ``Migrations``).
Each migration also sets ``PRAGMA user_version`` to its position, so any SQLite tool can tell
which version wrote a file, and a file from a newer workbench is recognised *before* anything
is written to it. Tables have plain names and plain columns so Datasette and ``sqlite-utils``
open a dossier as it is.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from workbench.errors import DossierError, NewerDossierError

#: ``PRAGMA application_id``: "FCWB" in ASCII, so ``file``-like tools can recognise a dossier
APPLICATION_ID = 0x46435742
SQLITE_MAGIC = b"SQLite format 3\x00"
#: how long a write waits for another process's lock before giving up with DossierBusy
BUSY_TIMEOUT_S = 5.0

MIGRATIONS = Migrations("workbench")
_STEPS: list[Callable[[Database], None]] = []


def _step(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``fn`` as the next migration; it also stamps ``user_version``."""
    _STEPS.append(fn)
    version = len(_STEPS)

    def migrate(db: Database) -> None:
        fn(db)
        db.execute(f"PRAGMA user_version = {version}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    migrate.__name__ = fn.__name__
    MIGRATIONS(name=fn.__name__)(migrate)
    return fn


@_step
def m001_initial(db: Database) -> None:
    db.executescript(_INITIAL_SQL)
    # sqlite-utils' own FTS layout (content tables + triggers) is what Datasette looks for.
    db.table("articles").enable_fts(["title", "text"], create_triggers=True)
    db.table("claims").enable_fts(["quantity", "reason"], create_triggers=True)
    db.table("rulings").enable_fts(["note"], create_triggers=True)


@_step
def m002_claim_shared_wording(db: Database) -> None:
    # The engine says whether a group's articles share wire copy (Group.shared_wording).
    db.execute("ALTER TABLE claims ADD COLUMN shared_wording INTEGER NOT NULL DEFAULT 0")


_INITIAL_SQL = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    path TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    warnings TEXT NOT NULL DEFAULT '[]',
    imported_at TEXT NOT NULL
);
CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    low REAL,
    high REAL,
    bound TEXT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT,
    counted TEXT,
    event TEXT,
    source TEXT,
    qualifiers TEXT NOT NULL DEFAULT '[]',
    sentence TEXT NOT NULL DEFAULT '',
    sentence_start INTEGER NOT NULL DEFAULT 0,
    place TEXT,
    vague INTEGER NOT NULL DEFAULT 0,
    superseded INTEGER NOT NULL DEFAULT 0,
    -- the key of the group the latest analysis put it in (NULL: not grouped)
    group_key TEXT,
    -- 1 when the latest analysis found it; 0 for a span the checker picked or a figure kept
    -- only because a ruled claim still points at it
    detected INTEGER NOT NULL DEFAULT 1,
    UNIQUE (article_id, start_char, end_char)
);
CREATE INDEX figures_group_key ON figures(group_key);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    quantity TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    manual INTEGER NOT NULL DEFAULT 0,
    -- 0 once re-analysis no longer finds the group (kept because it was ruled)
    present INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE claim_figures (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    figure_id INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
    in_conflict INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (claim_id, figure_id)
);
CREATE INDEX claim_figures_figure ON claim_figures(figure_id);
CREATE TABLE claim_conflicts (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    figure_a INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
    figure_b INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, figure_a, figure_b)
);
CREATE TABLE rulings (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id),
    verdict TEXT NOT NULL CHECK (verdict IN ('unreviewed', 'verified', 'disputed')),
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]',
    checker TEXT NOT NULL DEFAULT '',
    ruled_at TEXT,
    needs_review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    from_verdict TEXT NOT NULL,
    to_verdict TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    checker TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX history_claim ON history(claim_id);
-- The history is the audit trail of every ruling: nothing may rewrite or remove it.
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TABLE shared_passages (
    id INTEGER PRIMARY KEY,
    article_a INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_a INTEGER NOT NULL,
    end_a INTEGER NOT NULL,
    article_b INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_b INTEGER NOT NULL,
    end_b INTEGER NOT NULL,
    text TEXT NOT NULL,
    similarity REAL NOT NULL
);
"""


def latest_version() -> int:
    return len(_STEPS)


def connect(path: Path, *, create: bool) -> Database:
    """Open ``path`` as a dossier: checked, in WAL mode, migrated to the latest schema.

    Raises DossierError (missing, not SQLite, damaged, not a dossier) or NewerDossierError; in
    both cases nothing has been written to the file.
    """
    _check_file(path, create=create)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    except sqlite3.Error as e:  # e.g. a new dossier in a folder we may not write to
        raise translate(path, e) from e
    try:
        db = Database(conn, execute_plugins=False)
        _check_contents(db, path)
        # Only now, once the file is known to be ours and not newer, may anything be written.
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise DossierError(f"{path}: cannot switch the dossier to WAL mode (got {mode!r})")
        if db.execute("PRAGMA user_version").fetchone()[0] < latest_version():
            _migrate(db, path)
        return db
    except sqlite3.DatabaseError as e:
        conn.close()
        raise translate(path, e) from e
    except BaseException:
        conn.close()
        raise


def _migrate(db: Database, path: Path) -> None:
    """Apply pending migrations under the write lock, so two processes opening the same old
    (or new) file cannot both migrate it; each migration then runs in a savepoint."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        _check_contents(db, path)  # another process may have migrated it meanwhile
        MIGRATIONS.apply(db)
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def translate(path: Path, error: sqlite3.Error) -> DossierError:
    """A clear DossierError (or DossierBusy) for an sqlite3 error on ``path``."""
    from workbench.errors import DossierBusy

    message = str(error)
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return DossierBusy(
            f"{path}: busy: another program is writing to this dossier; try again in a moment"
        )
    if "malformed" in lowered or "not a database" in lowered or "disk image" in lowered:
        return DossierError(f"{path}: the dossier is damaged or truncated ({message})")
    if "unable to open" in lowered:
        # SQLite keeps a -wal and a -shm file beside the dossier, even to read it.
        return DossierError(
            f"{path}: cannot open the dossier ({message}); the file and its folder must be "
            "writable: copy it to a folder of your own"
        )
    if "disk i/o error" in lowered:
        return DossierError(
            f"{path}: {message}: the disk may be full, read-only or no longer connected"
        )
    return DossierError(f"{path}: {message}")


def _check_file(path: Path, *, create: bool) -> None:
    try:
        _check_path(path, create=create)
    except OSError as e:  # a name too long for the file system, a path through a file
        raise DossierError(f"{path}: {e.strerror or e}") from e


def _check_path(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise DossierError(f"{path}: is a folder, not a dossier file")
    if not path.exists():
        if not create:
            raise DossierError(f"{path}: no such dossier")
        if not path.parent.is_dir():
            raise DossierError(f"{path}: the folder {path.parent} does not exist")
        return
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except OSError as e:
        raise DossierError(f"{path}: cannot read the file ({e.strerror or e})") from e
    if not head:
        if not create:
            raise DossierError(f"{path}: the file is empty, not a dossier")
        return  # an empty file is an empty database: it becomes a new dossier
    if not head.startswith(SQLITE_MAGIC):
        raise DossierError(f"{path}: not a workbench dossier (not an SQLite file)")
    if len(head) < 100:
        raise DossierError(f"{path}: the dossier is truncated ({len(head)} bytes)")
    # The header records the file's size in pages (valid when its "version-valid-for" number
    # matches the change counter). A shorter file lost its end: say so now, in O(1), rather
    # than fail later on whichever page is missing.
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if head[24:28] == head[92:96] and pages and path.stat().st_size < page_size * pages:
        raise DossierError(
            f"{path}: the dossier is truncated ({path.stat().st_size} bytes of "
            f"{page_size * pages})"
        )


def _check_contents(db: Database, path: Path) -> None:
    """Refuse files that are not ours or are newer, reading only (nothing is written)."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    app_id = int(db.execute("PRAGMA application_id").fetchone()[0])
    # Reading the schema reads sqlite_master's pages: a damaged file usually fails here.
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    # A crash between sqlite-utils creating its bookkeeping table and the first migration
    # leaves only that table behind: still a (new) dossier.
    foreign = tables - {Migrations.migrations_table}
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and foreign):
        raise DossierError(f"{path}: an SQLite file, but not a workbench dossier")
    if version > latest_version():
        raise NewerDossierError(
            f"{path}: written by a newer version of the workbench (dossier format {version}, "
            f"this version reads up to {latest_version()}); update the workbench to open it. "
            "The file was not changed."
        )

