"""The status bar's progress: what is running, how far it got, and a Cancel button.

It follows every task the runner starts. Quick tasks (saving a ruling) finish before the widget
would be worth showing, so it appears only after a short delay; long ones (reading and analysing
articles) show their progress and can be cancelled.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ui.tasks import Task, TaskRunner

#: tasks that end sooner than this never flash a progress bar
SHOW_AFTER_MS = 300


class TaskProgress(QWidget):
    """Label, progress bar and Cancel for the oldest running task (plus a count of the others)."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._tasks: list[Task] = []
        #: each running task's latest report (done, total, message): a report sent before the
        #: widget shows, or while another task is current, is what it shows when it does
        self._latest: dict[Task, tuple[int, int, str]] = {}
        self.label = QLabel(self)
        # A long file title in the message ("Analysed <headline>") was cut mid-word at the
        # status bar's edge, and the label's width followed every message: it has a fixed
        # budget, and the text is elided to it, in full in the tooltip.
        self.label.setMaximumWidth(self.label.fontMetrics().averageCharWidth() * 64)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(180)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setToolTip("Stop this work; nothing half-done is kept")
        self.cancel_button.clicked.connect(self.cancel_current)
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SHOW_AFTER_MS)
        self._delay.timeout.connect(self._update)
        runner.taskStarted.connect(self._started)
        runner.taskFinished.connect(self._finished)
        self.hide()

    @property
    def current(self) -> Task | None:
        return self._tasks[0] if self._tasks else None

    def cancel_current(self) -> None:
        task = self.current
        if task is not None:
            task.cancel()
            self._say(f"{task.label}: cancelling\u2026")
            self.cancel_button.setEnabled(False)

    def _say(self, text: str) -> None:
        fm = self.label.fontMetrics()
        self.label.setText(fm.elidedText(text, Qt.TextElideMode.ElideRight,
                                         self.label.maximumWidth()))
        self.label.setToolTip(text)

    def _started(self, task: Task) -> None:
        self._tasks.append(task)
        task.progressed.connect(lambda done, total, msg, t=task: self._progressed(t, done, total, msg))
        if not self.isVisible() and not self._delay.isActive():
            self._delay.start()
        elif self.isVisible():
            self._update()

    def _finished(self, task: Task) -> None:
        self._tasks = [t for t in self._tasks if t is not task]
        self._latest.pop(task, None)
        self._update()

    def _progressed(self, task: Task, done: int, total: int, message: str) -> None:
        self._latest[task] = (done, total, message)
        if task is self.current and not self._delay.isActive():
            self._show_progress(task)

    def _show_progress(self, task: Task) -> None:
        """The task's latest message and numbers; busy until it reported numbers."""
        done, total, message = self._latest.get(task, (0, 0, ""))
        if not task.is_cancelled():  # "cancelling…" stays until the task ends
            others = len(self._tasks) - 1
            suffix = f" (+{others} queued)" if others > 0 else ""
            self._say((f"{task.label}: {message}" if message else task.label) + suffix)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(max(0, min(done, total)))
        else:
            self.bar.setRange(0, 0)

    def _update(self) -> None:
        task = self.current
        if task is None:
            self._delay.stop()
            self.hide()
            return
        if self._delay.isActive():
            return
        if not task.is_cancelled():
            self.cancel_button.setEnabled(True)
        # Work that cannot stop half-way (saving a ruling, removing an article) offers no Cancel.
        self.cancel_button.setVisible(task.cancellable)
        self._show_progress(task)
        self.show()
