"""Desktop app benchmarks (issue 4): ``python -m benchmarks.bench_ui [--articles N]``.

- time to first window: a fresh interpreter imports the app, builds the main window and shows it;
  spaCy must not be loaded by then;
- time to open a dossier of 200 articles (controller open + every view filled);
- time to re-highlight every pane when a claim is selected with ten articles open (target < 50 ms);
- time to show a claim of 300 mentions in the detail panel and in the plot (first time, when
  the widgets are built, and again);
- the longest stall of the UI thread while 1,000 articles are read and analysed in the
  background (target < 100 ms), measured as the largest gap between ticks of a 5 ms timer.

Everything runs offscreen in a temporary folder.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

FIRST_WINDOW = r"""
import os, sys, time
t0 = time.perf_counter()
from ui.app import create_app
from ui.controller import DossierController
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workbench.settings import Preferences
app = create_app()
window = MainWindow(DossierController(TaskRunner(), Preferences()), restore=False)
window.show()
app.processEvents()
print(f"{(time.perf_counter() - t0) * 1000:.1f} {'spacy' in sys.modules}")
"""

_OUTLETS = ("Wire", "Courier", "Ledger", "Radio", "Gazette", "Herald", "Post", "Times")
_TOWNS = ("Arlow", "Brenmoor", "Calder", "Dunmore", "Elsby", "Fenwick", "Garrow", "Hallam",
          "Inver", "Jarrow", "Kelso", "Lanark", "Morley", "Nairn", "Oban", "Penrith", "Quarry",
          "Rhyl", "Selby", "Thirsk", "Ulverston", "Wigton", "Yarm", "Zennor", "Ashby")


def write_articles(folder: Path, n: int) -> list[Path]:
    """``n`` short reports of a few events, with figures that agree and disagree."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        event = i % 25
        killed = 10 + event + (i % 3)
        path = folder / f"report-{i:04}.txt"
        path.write_text(
            f"Blast at depot {event} kills {killed} ({_OUTLETS[i % len(_OUTLETS)]} {i})\n\n"
            f"At least {killed} people were killed and about {40 + event * 2} injured when an "
            f"explosion hit a fuel depot in {_TOWNS[event]} on Monday, the fire service said. More than "
            f"{100 + i % 7 * 10} firefighters were sent and 2,{300 + event} residents were "
            f"evacuated.\n\nThe operator said {killed + i % 2} workers were missing. Damage was "
            f"put at {3 + event % 4} million euros.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def time_to_first_window() -> tuple[float, bool]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", FIRST_WINDOW], capture_output=True, text=True,
                         env=env, check=True, cwd=Path(__file__).resolve().parent.parent)
    ms, spacy_loaded = out.stdout.split()[-2:]
    return float(ms), spacy_loaded == "True"


def build_dossier(path: Path, articles: list[Path]) -> None:
    from workbench.analysis import get_nlp
    from workbench.dossier import Dossier

    with Dossier.open(path) as dossier:
        dossier.add_articles(articles, nlp=get_nlp())


def big_claim(n: int, claim_id: int = 1) -> Any:
    """A claim reported by ``n`` articles: most say at least 53, every fourth says 36."""
    from workbench.model import Claim, Mention, Ruling

    mentions = []
    for i in range(1, n + 1):
        low = 36.0 if i % 4 == 0 else 53.0
        sentence = (f"At least {low:.0f} people were killed when an explosion hit a fuel depot "
                    f"in {_TOWNS[i % len(_TOWNS)]}, the fire service said.")
        mentions.append(Mention(
            figure_id=i, article_id=i, article_title=f"Blast at depot kills {low:.0f} ({i})",
            outlet=_OUTLETS[i % len(_OUTLETS)], start=0, end=11, text=f"at least {low:.0f}",
            value=low, low=low, high=None if i % 4 else low,
            bound="exact" if i % 4 == 0 else "at_least", kind="count", unit=None,
            counted="people", event="kill", source="the fire service", sentence=sentence,
            qualifiers=(), superseded=False, in_conflict=True))
    return Claim(claim_id, f"count||people|kill|{claim_id}", "people killed", "conflict",
                 "36 cannot hold with at least 53", tuple(mentions), (), Ruling())


def time_big_claim(app: Any, window: Any, n: int = 300) -> str:
    out = []
    for attempt, claim_id in (("first", 1), ("again", 2)):
        claim = big_claim(n, claim_id)
        t0 = time.perf_counter()
        window.detail.show_claim(claim, [])
        app.processEvents()
        t1 = time.perf_counter()
        window.plot.show_claim(claim)
        app.processEvents()
        t2 = time.perf_counter()
        out.append(f"{attempt}: detail {(t1 - t0) * 1000:.0f} ms, plot {(t2 - t1) * 1000:.0f} ms")
    window.detail.show_claim(None, [])
    window.plot.show_claim(None)
    return f"show a claim of {n} mentions: " + "; ".join(out)


def wait(app: Any, predicate: Any, timeout_s: float = 600) -> None:
    end = time.monotonic() + timeout_s
    while not predicate():
        app.processEvents()
        time.sleep(0.002)
        if time.monotonic() > end:
            raise TimeoutError("benchmark step did not finish")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_ui")
    parser.add_argument("--open-articles", type=int, default=200)
    parser.add_argument("--stall-articles", type=int, default=1000)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    ms, spacy_loaded = time_to_first_window()
    print(f"time to first window: {ms:.0f} ms (spaCy loaded before it: {spacy_loaded})")

    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as tmp_name:
        tmp = Path(tmp_name)
        os.environ["WORKBENCH_CONFIG_DIR"] = str(tmp / "config")
        os.environ["WORKBENCH_DATA_DIR"] = str(tmp / "data")
        from PySide6.QtCore import QElapsedTimer, QTimer

        from ui.app import create_app
        from ui.controller import DossierController
        from ui.main_window import MainWindow
        from ui.tasks import TaskRunner
        from workbench.settings import Preferences

        app = create_app()
        window = MainWindow(DossierController(TaskRunner(), Preferences()), restore=False)
        window.resize(1600, 1000)
        window.show()
        controller = window.controller
        warm = controller.warm_up()  # as the app does once its window shows
        wait(app, lambda: warm.done)

        print(time_big_claim(app, window))

        big = tmp / "big.dossier"
        build_dossier(big, write_articles(tmp / "open", args.open_articles))
        t0 = time.perf_counter()
        controller.open(big)
        app.processEvents()
        print(f"open a dossier of {args.open_articles} articles: "
              f"{(time.perf_counter() - t0) * 1000:.0f} ms")

        ten = tmp / "ten.dossier"
        build_dossier(ten, write_articles(tmp / "ten", 10))
        controller.open(ten)
        app.processEvents()
        timings = []
        for claim in controller.dossier.claims():  # type: ignore[union-attr]
            t0 = time.perf_counter()
            window.panes.emphasise(claim)
            app.processEvents()  # includes the repaint
            timings.append((time.perf_counter() - t0) * 1000)
        print(f"re-highlight 10 panes on claim selection: median "
              f"{statistics.median(timings):.1f} ms, worst {max(timings):.1f} ms "
              f"over {len(timings)} claims (target < 50 ms)")

        stall = tmp / "stall.dossier"
        controller.open(stall, create=True)
        files = write_articles(tmp / "stall", args.stall_articles)
        clock = QElapsedTimer()
        gaps = [0]
        timer = QTimer()
        timer.setInterval(5)

        def tick() -> None:
            gaps.append(clock.restart())

        timer.timeout.connect(tick)
        clock.start()
        timer.start()
        task = controller.add_paths(files)
        assert task is not None
        wait(app, lambda: task.done)
        timer.stop()
        ok = "ok" if task.error is None else f"failed: {task.error}"
        print(f"longest UI stall while {args.stall_articles} articles are analysed: "
              f"{max(gaps)} ms ({ok}; target < 100 ms)")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
