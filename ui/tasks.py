"""The one place in the app that knows about threads.

Long work is a plain function that takes ``progress`` and ``cancelled`` callbacks (the engine's
convention, see docs/api.md). :class:`TaskRunner` runs such a function on a worker thread and
hands its progress, result or error back *on the GUI thread* through a :class:`Task`'s signals,
so no widget is ever touched from a worker.

Two kinds of work:

- ``run(...)``: independent background work (warming up spaCy, exporting a report) on a shared
  pool;
- ``write(...)``: anything that writes to the dossier. These go through one *lane*, a pool with a
  single thread, so writes happen one at a time in the order they were asked for: a ruling made
  while an import runs is applied after it, never interleaved with it. SQLite connections belong
  to the thread that opened them, so a lane job opens its own connection to the dossier file;
  the GUI thread keeps its own connection for reading.

While a job runs, Python's cyclic garbage collector runs only on the GUI thread (see
:class:`_GuiThreadCollector`): a collection triggered by the job's allocations would otherwise run
on the worker and destroy Qt objects (closed dialogs, plot items) off their thread, a crash.

Cancelling sets a flag the job's ``cancelled()`` callback reports; the engine checks it between
steps and raises :class:`workbench.errors.Cancelled`, which arrives as :attr:`Task.failed` with
:attr:`Task.was_cancelled` set.
"""
from __future__ import annotations

import gc
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from workbench.errors import Cancelled

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
#: a job: called on a worker thread with keyword arguments ``progress`` and ``cancelled``
Job = Callable[..., Any]

#: progress reports closer together than this are dropped (except the last one), so a job that
#: reports per sentence cannot flood the GUI thread's event queue
_PROGRESS_INTERVAL_S = 0.05


class _Relay(QObject):
    """Signals emitted from the worker; they are queued to the Task living on the GUI thread."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object, str)


class Task(QObject):
    """A handle on submitted work. Lives on the GUI thread; its signals arrive there."""

    progressed = Signal(int, int, str)  # done, total, message
    succeeded = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception (Cancelled when cancelled)
    finished = Signal()  # after succeeded or failed, always

    def __init__(self, label: str, cancellable: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.label = label
        #: False for work that must not be dropped once asked for (a ruling)
        self.cancellable = cancellable
        #: True when it runs on the write lane
        self.lane = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.traceback = ""
        self.done = False
        self._cancel = threading.Event()
        self._relay = _Relay()
        # The relay lives on the GUI thread like this Task, so emitting from the worker queues
        # the call into the GUI thread's event loop.
        self._relay.progress.connect(self._on_progress)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)

    # -- called from any thread ---------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the job to stop at its next check; it reports ``failed(Cancelled)``."""
        if self.cancellable:
            self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def was_cancelled(self) -> bool:
        return isinstance(self.error, Cancelled)

    # -- GUI thread -----------------------------------------------------------------------------
    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if not self.done:
            self.progressed.emit(done, total, message)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.result = result
        self.done = True
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object, str)
    def _on_failed(self, error: object, tb: str) -> None:
        assert isinstance(error, BaseException)
        self.error = error
        self.traceback = tb
        self.done = True
        self.failed.emit(error)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task, job: Job) -> None:
        super().__init__()
        self._task = task
        self._job = job
        self._last_progress = 0.0

    def _progress(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if done < total and now - self._last_progress < _PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self._task._relay.progress.emit(int(done), int(total), str(message))

    def run(self) -> None:  # worker thread
        relay = self._task._relay
        try:
            if self._task.is_cancelled():
                raise Cancelled(f"{self._task.label}: cancelled before it started")
            result = self._job(progress=self._progress, cancelled=self._task.is_cancelled)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            relay.failed.emit(exc, traceback.format_exc())
        else:
            relay.done.emit(result)


class _GuiThreadCollector(QObject):
    """Keeps the cyclic garbage collector off worker threads while jobs run (Anki does the
    same): automatic collection is disabled and a GUI-thread timer collects the young
    generations instead, by the same thresholds. A full collection walks every live object (a
    thousand articles' analysis: over 100 ms on the GUI thread, a visible stall), so it waits
    until the jobs are done and automatic collection resumes. Shared by every runner;
    ``hold``/``release`` count the jobs running."""

    INTERVAL_MS = 250

    def __init__(self) -> None:
        super().__init__()
        self._held = 0
        self._was_enabled = False
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

    def hold(self) -> None:
        if self._held == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer.start()
        self._held += 1

    def release(self) -> None:
        self._held = max(0, self._held - 1)
        if self._held == 0:
            self._timer.stop()
            self.collect()
            if self._was_enabled:
                gc.enable()

    @staticmethod
    def collect() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (1, 0):  # the older generation due includes the younger one
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


_collector: _GuiThreadCollector | None = None


def _gui_collector() -> _GuiThreadCollector:
    global _collector
    if _collector is None:
        _collector = _GuiThreadCollector()  # created on the GUI thread, by the first submit
    return _collector


class TaskRunner(QObject):
    """Runs jobs off the GUI thread: a shared pool for reads, one serial lane for writes."""

    taskStarted = Signal(object)  # Task
    taskFinished = Signal(object)  # Task

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._lane = QThreadPool(self)
        self._lane.setMaxThreadCount(1)  # one writer: jobs run one at a time, in order
        self._active: list[tuple[Task, _Runnable]] = []

    def run(self, job: Job, label: str, cancellable: bool = True) -> Task:
        """Run ``job(progress=..., cancelled=...)`` on the shared pool."""
        return self._submit(self._pool, job, label, cancellable)

    def write(self, job: Job, label: str, cancellable: bool = True) -> Task:
        """Run ``job(progress=..., cancelled=...)`` on the dossier's single write lane."""
        return self._submit(self._lane, job, label, cancellable)

    def active(self) -> list[Task]:
        """Tasks submitted and not yet finished, oldest first."""
        return [task for task, _ in self._active]

    def cancel_all(self) -> None:
        """Cancel every cancellable task (queued rulings are not: they are still written)."""
        for task, _ in self._active:
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has ended (used at shutdown so queued rulings are written)."""
        ok_lane = self._lane.waitForDone(msecs)
        ok_pool = self._pool.waitForDone(msecs)
        return bool(ok_lane and ok_pool)

    def _submit(self, pool: QThreadPool, job: Job, label: str, cancellable: bool) -> Task:
        task = Task(label, cancellable, self)
        task.lane = pool is self._lane
        runnable = _Runnable(task, job)
        runnable.setAutoDelete(False)  # Python keeps it alive in _active until it reports back
        self._active.append((task, runnable))
        _gui_collector().hold()
        task.finished.connect(lambda: self._forget(task))
        self.taskStarted.emit(task)
        pool.start(runnable)
        return task

    def _forget(self, task: Task) -> None:
        self._active = [(t, r) for t, r in self._active if t is not task]
        _gui_collector().release()
        self.taskFinished.emit(task)
