"""Rulings survive a killed process, and two processes ruling at once never corrupt the file."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_dossier_support import (  # noqa: F401  (_private_config is a fixture)
    ONE,
    THREE,
    TWO,
    _private_config,
    open_fake,
    write,
)

REPO = Path(__file__).resolve().parents[2]

# Rules in a loop and prints "ack N" only after rule() returned, i.e. after the commit.
RULING_LOOP = """
import sys
from workbench.dossier import Dossier
d = Dossier.open(sys.argv[1], create=False)
ids = [c.id for c in d.claims()]
n = 0
while True:
    d.rule(ids[n % len(ids)], ("verified", "disputed")[n % 2], note=f"ruling {n}",
           checker="child")
    print(f"ack {n}", flush=True)
    n += 1
"""

# Rules COUNT times; a DossierBusy is counted, any other error fails the process.
RULING_BATCH = """
import json, sys
from workbench.dossier import Dossier
from workbench.errors import DossierBusy
d = Dossier.open(sys.argv[1], create=False)
ids = [c.id for c in d.claims()]
done, busy = 0, 0
for n in range(int(sys.argv[3])):
    try:
        d.rule(ids[n % len(ids)], "verified", note=f"{sys.argv[2]} {n}", checker=sys.argv[2])
        done += 1
    except DossierBusy as e:
        assert "busy" in str(e)
        busy += 1
d.close()
print(json.dumps({"done": done, "busy": busy}))
"""


def child(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", script, *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def dossier_path(tmp_path: Path) -> Path:
    path = tmp_path / "case.sqlite"
    with open_fake(path) as d:
        d.add_articles([write(tmp_path, "1.txt", ONE), write(tmp_path, "2.txt", TWO),
                        write(tmp_path, "3.txt", THREE)])
    return path


def test_sigkill_mid_stream_loses_no_acknowledged_ruling(dossier_path: Path) -> None:
    proc = child(RULING_LOOP, str(dossier_path))
    assert proc.stdout is not None
    acked: list[int] = []
    for line in proc.stdout:
        acked.append(int(line.split()[1]))
        if len(acked) == 150:
            os.kill(proc.pid, signal.SIGKILL)
            break
    # acks already written to the pipe before the kill count as acknowledged too
    acked += [int(line.split()[1]) for line in proc.stdout if line.startswith("ack")]
    assert proc.wait() == -signal.SIGKILL
    assert acked == list(range(len(acked)))

    conn = sqlite3.connect(dossier_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    notes = {r[0] for r in conn.execute("SELECT note FROM history")}
    conn.close()
    assert {f"ruling {n}" for n in acked} <= notes

    with open_fake(dossier_path, create=False) as d:
        # every claim's ruling is its last acknowledged one or one committed after it
        for claim in d.claims():
            ruled = [n for n in acked if f"ruling {n}" in
                     {h.note for h in d.history(claim.id)}]
            assert int(claim.ruling.note.split()[1]) >= max(ruled)


def test_two_processes_ruling_at_once_succeed_or_get_busy(dossier_path: Path) -> None:
    count = 150
    procs = [child(RULING_BATCH, str(dossier_path), name, str(count)) for name in ("ana", "bo")]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    assert all(r["done"] + r["busy"] == count for r in results)

    conn = sqlite3.connect(dossier_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    by_checker = dict(conn.execute("SELECT checker, COUNT(*) FROM history GROUP BY checker"))
    conn.close()
    assert by_checker == {"ana": results[0]["done"], "bo": results[1]["done"]}
    with open_fake(dossier_path, create=False) as d:
        assert {c.ruling.verdict for c in d.claims()} == {"verified"}


OPEN_NEW = """
import sys
from workbench.dossier import Dossier
with Dossier.open(sys.argv[1]) as d:
    print(d.summary().claims)
"""


def test_processes_creating_the_same_new_dossier_at_once_all_succeed(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    procs = [child(OPEN_NEW, str(path)) for _ in range(4)]
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert out.strip() == "0"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == 2
    conn.close()
