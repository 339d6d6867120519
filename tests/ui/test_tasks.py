"""Background work: results, errors and progress arrive on the GUI thread; cancel stops work;
the write lane runs jobs one at a time in order; a cancelled import writes nothing."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from ui.tasks import TaskRunner
from workbench.errors import Cancelled


@pytest.fixture
def runner(qtbot: Any) -> Any:
    r = TaskRunner()
    yield r
    r.cancel_all()
    r.wait()


def test_result_arrives_on_the_gui_thread(qtbot: Any, runner: TaskRunner) -> None:
    seen: dict[str, Any] = {}

    def job(progress: Any, cancelled: Any) -> int:
        seen["worker"] = QThread.currentThread()
        return 6 * 7

    task = runner.run(job, "answer")
    task.succeeded.connect(lambda value: seen.update(value=value, slot=QThread.currentThread()))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    assert seen["value"] == 42
    assert seen["slot"] is gui
    assert seen["worker"] is not gui
    assert runner.active() == []


def test_an_exception_is_reported_not_raised(qtbot: Any, runner: TaskRunner) -> None:
    def job(progress: Any, cancelled: Any) -> None:
        raise ValueError("bad input.txt: not an article")

    task = runner.run(job, "failing")
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)
    assert "bad input.txt" in str(task.error)
    assert "ValueError" in task.traceback
    assert not task.was_cancelled


def test_progress_reaches_the_gui_thread_and_the_last_report_is_never_dropped(
    qtbot: Any, runner: TaskRunner
) -> None:
    reports: list[tuple[int, int, str]] = []

    def job(progress: Any, cancelled: Any) -> None:
        for i in range(1, 1001):  # far more than the throttle lets through
            progress(i, 1000, f"item {i}")

    task = runner.run(job, "counting")
    task.progressed.connect(lambda d, t, m: reports.append((d, t, m)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: bool(reports) and reports[-1][0] == 1000, timeout=2000)
    assert reports[-1] == (1000, 1000, "item 1000")
    assert len(reports) < 1000  # throttled: the GUI thread is not flooded


def test_cancel_stops_the_job_at_its_next_check(qtbot: Any, runner: TaskRunner) -> None:
    started = threading.Event()
    checks: list[int] = []

    def job(progress: Any, cancelled: Any) -> str:
        started.set()
        while True:
            checks.append(1)
            if cancelled():
                raise Cancelled("stopped")
            threading.Event().wait(0.005)

    task = runner.run(job, "endless")
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert task.was_cancelled
    assert checks


def test_the_write_lane_runs_jobs_one_at_a_time_in_order(qtbot: Any, runner: TaskRunner) -> None:
    order: list[int] = []
    running = [0]
    overlap = [False]
    lock = threading.Lock()

    def make(i: int) -> Any:
        def job(progress: Any, cancelled: Any) -> int:
            with lock:
                running[0] += 1
                overlap[0] |= running[0] > 1
            threading.Event().wait(0.01)
            order.append(i)
            with lock:
                running[0] -= 1
            return i

        return job

    tasks = [runner.write(make(i), f"write {i}") for i in range(8)]
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=10000)
    assert order == list(range(8))
    assert not overlap[0]


def test_a_ruling_queued_behind_work_is_not_cancelled(qtbot: Any, runner: TaskRunner) -> None:
    gate = threading.Event()

    def slow(progress: Any, cancelled: Any) -> None:
        gate.wait(5)
        if cancelled():
            raise Cancelled("import stopped")

    importing = runner.write(slow, "import")
    ruling = runner.write(lambda progress, cancelled: "saved", "ruling", cancellable=False)
    runner.cancel_all()
    gate.set()
    qtbot.waitUntil(lambda: importing.done and ruling.done, timeout=5000)
    assert importing.was_cancelled
    assert ruling.result == "saved"


def test_cancelling_an_import_mid_analysis_keeps_the_window_responsive_and_writes_nothing(
    qtbot: Any, tmp_path: Path, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.controller import DossierController
    from ui.main_window import MainWindow
    from workbench import analysis
    from workbench.settings import Preferences

    # Many articles, so the analysis has many steps to be cancelled between.
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(40):
        (folder / f"report-{i:02}.txt").write_text(
            f"Report {i}\n\nAt least {10 + i} people were killed and {100 + i} injured "
            f"when fire hit warehouse {i}, officials said on Monday.\n",
            encoding="utf-8",
        )

    # Hold the analysis half-way until the test has clicked Cancel: a deterministic "mid-way".
    halfway = threading.Event()
    release = threading.Event()
    real = analysis.analyze_articles

    def gated(articles: Any, nlp: Any = None, progress: Any = None, cancelled: Any = None) -> Any:
        def report(done: int, total: int, message: str = "") -> None:
            if progress is not None:
                progress(done, total, message)
            if total and done >= total // 2 and not halfway.is_set():
                halfway.set()
                release.wait(20)

        return real(articles, nlp=nlp, progress=report, cancelled=cancelled)

    monkeypatch.setattr(analysis, "analyze_articles", gated)

    runner = TaskRunner()
    controller = DossierController(runner, Preferences())
    window = MainWindow(controller, restore=False)
    qtbot.addWidget(window)
    window.show()
    assert controller.open(demo_path)
    before_articles = [a.id for a in controller.dossier.articles()]  # type: ignore[union-attr]
    before_claims = len(controller.dossier.claims())  # type: ignore[union-attr]

    task = controller.add_paths([folder])
    assert task is not None
    qtbot.waitUntil(halfway.is_set, timeout=20000)

    # The GUI thread is free while the worker is held: selecting claims updates the views.
    claims = window.claims_panel.claims()
    for claim in claims[:3]:
        window.claims_panel.select_claim(claim.id)
        qtbot.waitUntil(lambda c=claim: window.detail.current_claim() is not None
                        and window.detail.current_claim().id == c.id, timeout=2000)
    qtbot.waitUntil(window.progress.isVisible, timeout=2000)
    assert not task.done

    window.progress.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert task.was_cancelled
    # Nothing half-written: the same articles and claims as before.
    assert [a.id for a in controller.dossier.articles()] == before_articles  # type: ignore[union-attr]
    assert len(controller.dossier.claims()) == before_claims  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=2000)
    assert "cancelled" in window.statusBar().currentMessage().lower()
    window.close()


def test_work_that_cannot_stop_shows_no_cancel_button(qtbot: Any, runner: TaskRunner) -> None:
    from ui.progress import TaskProgress

    progress = TaskProgress(runner)
    qtbot.addWidget(progress)
    release = threading.Event()

    def job(progress: Any, cancelled: Any) -> None:
        release.wait(5)

    task = runner.write(job, "Removing the article", cancellable=False)
    qtbot.waitUntil(progress.isVisible, timeout=2000)
    assert progress.label.text() == "Removing the article"
    assert not progress.cancel_button.isVisibleTo(progress)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    release.clear()
    task = runner.write(job, "Adding 3 items")
    qtbot.waitUntil(lambda: progress.isVisible() and progress.label.text() == "Adding 3 items",
                    timeout=2000)
    assert progress.cancel_button.isVisibleTo(progress)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)


class _Cycle:
    """Garbage only the cyclic collector frees; its finaliser notes the thread it ran on."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_garbage_cycles_are_collected_on_the_gui_thread_while_jobs_run(
    qtbot: Any, runner: TaskRunner
) -> None:
    # A collection triggered on a worker would destroy whatever cycles are due there, Qt
    # objects of the GUI thread included (a segfault seen during an import): while a job runs,
    # only the GUI thread collects.
    import gc

    assert gc.isenabled()
    _Cycle.freed_on.clear()
    release = threading.Event()

    def job(progress: Any, cancelled: Any) -> None:
        for _ in range(20000):  # far past every generation's threshold
            _Cycle()
        release.wait(5)

    task = runner.run(job, "allocates cycles")
    qtbot.waitUntil(lambda: len(_Cycle.freed_on) > 0, timeout=5000)
    assert not gc.isenabled()  # automatic collection is off while the job runs
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert gc.isenabled()  # and on again once no job runs
    gc.collect()
    main = threading.main_thread().name
    assert set(_Cycle.freed_on) == {main}


def test_a_long_progress_message_is_elided_within_a_fixed_width(
    qtbot: Any, runner: TaskRunner
) -> None:
    # "Adding 402 items: Analysed Dunmarrow fire toll rises to 270 as crews search collapsed h"
    # was cut mid-word at the status bar's edge (and the label widened with every message).
    from ui.progress import TaskProgress

    widget = TaskProgress(runner)
    qtbot.addWidget(widget)
    release = threading.Event()
    headline = "Analysed " + "Dunmarrow fire toll rises as crews search the collapsed hall " * 3

    def job(progress: Any, cancelled: Any) -> None:
        while not release.wait(0.05) and not cancelled():  # reports until the test looked
            progress(1, 3, headline)

    task = runner.write(job, "Adding 3 items")
    full = f"Adding 3 items: {headline}"
    qtbot.waitUntil(lambda: widget.isVisible() and widget.label.toolTip() == full,
                    timeout=3000)
    label = widget.label
    release.set()
    assert label.text().endswith("\u2026") and label.text()[:-1] in full
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.maximumWidth() < 600
    qtbot.waitUntil(lambda: task.done, timeout=5000)


def test_a_message_sent_before_the_progress_shows_is_kept_when_it_shows(
    qtbot: Any, runner: TaskRunner
) -> None:
    # The first report of an import ("Reading 3 files") came before the 300 ms delay was up,
    # and the widget then showed the bare task name (and a busy bar) until the next report.
    from ui.progress import SHOW_AFTER_MS, TaskProgress

    widget = TaskProgress(runner)
    qtbot.addWidget(widget)
    release = threading.Event()
    reported = threading.Event()

    def job(progress: Any, cancelled: Any) -> None:
        progress(1, 4, "Reading 3 files")
        reported.set()
        release.wait(5)

    task = runner.write(job, "Adding 3 items")
    assert reported.wait(2)
    qtbot.wait(50)  # the report reaches the GUI thread, well inside the delay
    qtbot.waitUntil(widget.isVisible, timeout=SHOW_AFTER_MS + 2000)
    assert widget.label.text() == "Adding 3 items: Reading 3 files"
    assert (widget.bar.minimum(), widget.bar.maximum(), widget.bar.value()) == (0, 4, 1)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    qtbot.waitUntil(lambda: not widget.isVisible(), timeout=2000)
