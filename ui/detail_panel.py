"""The selected claim in full: what each article reported, the verdict, note, evidence, history.

The panel never writes anything itself: it shows a ``Claim`` and asks for changes through its
signals (``verdictRequested``, ``noteEdited``, ``evidenceEdited``). Its owner applies them and
calls ``show_claim`` again with what the dossier now holds.
"""
from __future__ import annotations

import html
import sys
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.evidence_list import EvidenceList, RowList, placeholder
from ui.mention_card import MentionCard, MentionList
from ui.theme import (
    STATUS_LABELS,
    css,
    emphasis_color,
    mix,
    status_color,
    status_tint,
    verdict_color,
)
from ui.verdict_bar import VerdictBar
from workbench.model import Claim, HistoryEntry

EMPTY_TEXT = "Select a claim to see what each article reported"
SHARED_WORDING_TEXT = "Agreeing articles share wire copy: not independent confirmation."
NEEDS_REVIEW_TEXT = "Needs another look: re-analysis found new figures after this was ruled."
NOTE_DEBOUNCE_MS = 800


def _when(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).strftime("%d %b %Y, %H:%M")
    except ValueError:
        return stamp


def _section(title: str) -> QLabel:
    label = QLabel(title.upper())
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 0.85)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


#: past this many characters the reason is cut (in full in its tooltip)
REASON_LIMIT = 300


def short_reason(reason: str, limit: int = REASON_LIMIT) -> str:
    """The engine's reason, cut at a word before ``limit`` characters with "…": for a claim
    of sixty articles it listed every value and filled the panel above the verdict buttons."""
    if len(reason) <= limit:
        return reason
    cut = reason[:limit].rsplit(" ", 1)[0].rstrip(" ,;/·")
    return cut + " \u2026"


class DetailPanel(QWidget):
    """Shows one claim (or an empty state) and emits the checker's requested changes."""

    verdictRequested = Signal(str)
    noteEdited = Signal(str)
    evidenceEdited = Signal(list)
    mentionActivated = Signal(int)
    #: Escape in the note or the evidence field: the checker is done typing (the window gives
    #: the claims list the focus back, so V, D, U, N and P work again without a click)
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._claim: Claim | None = None
        self._history: list[HistoryEntry] = []
        self._note_sent = ""
        self._loading = False
        self._shown_id: int | None = None
        self._style_key: tuple[str, str, str] | None = None

        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.badge = QLabel()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shared_banner = QLabel(f"⚠  {SHARED_WORDING_TEXT}")
        self.review_banner = QLabel(f"⟳  {NEEDS_REVIEW_TEXT}")
        for banner in (self.shared_banner, self.review_banner):
            banner.setWordWrap(True)
        self.verdict_bar = VerdictBar()
        self.verdict_bar.requested.connect(self._verdict_clicked)
        self.verdict_buttons = self.verdict_bar.buttons
        self.ruled_label = QLabel()
        self.ruled_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.mentions = MentionList()
        self.mentions.activated.connect(self.mentionActivated)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(
            "What you checked and why: goes into the report (Esc: back to the claims)")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.note_edit.installEventFilter(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DEBOUNCE_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.note_edit.textChanged.connect(self._note_changed)
        self.evidence_list = EvidenceList()
        self.evidence_list.edited.connect(self._evidence_edited)
        self.evidence_list.edit.installEventFilter(self)
        # The parts tests and the window reach for, under their old names.
        self.evidence_rows = self.evidence_list.rows
        self.evidence_edit = self.evidence_list.edit
        self.add_evidence_button = self.evidence_list.add_button
        self.history_rows = RowList(8)

        header = QVBoxLayout()
        header.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading, 1)
        title_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(title_row)
        for widget in (self.reason, self.shared_banner, self.review_banner, self.verdict_bar,
                       self.ruled_label):
            header.addWidget(widget)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 6, 6)
        sections: tuple[tuple[str, QWidget], ...] = (
            ("What each article reported", self.mentions), ("Note", self.note_edit),
            ("Evidence", self.evidence_list), ("History", self.history_rows))
        for title, part in sections:
            body_layout.addWidget(_section(title))
            body_layout.addWidget(part)
        body_layout.addStretch(1)
        self.body_scroll = scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(10, 8, 4, 0)
        content_layout.addLayout(header)
        content_layout.addWidget(scroll, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.show_claim(None, [])

    # -- public API -----------------------------------------------------------------------

    def current_claim(self) -> Claim | None:
        return self._claim

    def show_claim(self, claim: Claim | None, history: list[HistoryEntry] | None = None) -> None:
        """Show a claim and its rulings' history, newest first (``None``: the empty state).

        Moving to another claim first emits a note still waiting for its debounce, while
        ``current_claim()`` is still the claim it belongs to. Showing the same claim again (a
        refresh after an edit) keeps the note the checker is typing rather than the stored one.
        """
        same = claim is not None and self._claim is not None and claim.id == self._claim.id
        if not same:
            self.flush_note()
            self.evidence_edit.clear()
        self._claim = claim
        self._history = list(history or [])
        self.stack.setCurrentIndex(0 if claim is None else 1)
        if claim is None:
            self._shown_id = None
            return
        self._loading = True
        try:
            self._fill(claim)
        finally:
            self._loading = False
        if not same:
            # Another claim starts at what its articles reported, not at the place the
            # checker had scrolled to (the note or evidence) on the last one.
            self.body_scroll.verticalScrollBar().setValue(0)

    def flush_note(self) -> None:
        """Emit ``noteEdited`` now if the note changed since it was shown or last emitted."""
        self._note_timer.stop()
        if self._claim is None:
            return
        text = self.note_edit.toPlainText()
        if text != self._note_sent:
            self._note_sent = text
            self.noteEdited.emit(text)

    def mention_cards(self) -> list[MentionCard]:
        """The cards showing the current claim's mentions, in order (the first page of a large
        claim until :meth:`show_all_mentions`)."""
        return self.mentions.cards()

    def show_all_mentions(self) -> None:
        self.mentions.show_all()

    def evidence(self) -> list[str]:
        return self.evidence_list.links()

    # -- filling --------------------------------------------------------------------------

    def _fill(self, claim: Claim) -> None:
        palette = self.palette()
        self.heading.setText(claim.quantity)
        self.reason.setText(short_reason(claim.reason))
        self.reason.setToolTip(claim.reason if self.reason.text() != claim.reason else "")
        self.reason.setVisible(bool(claim.reason))
        self.shared_banner.setVisible(claim.shared_wording)
        self.review_banner.setVisible(claim.ruling.needs_review)
        self._restyle(claim.status)
        ruling = claim.ruling
        self.verdict_bar.set_verdict(ruling.verdict)
        who = " by " + ruling.checker if ruling.checker else ""
        when = f" on {_when(ruling.ruled_at)}" if ruling.ruled_at else ""
        self.ruled_label.setText(f"Ruled {ruling.verdict}{who}{when}"
                                 if ruling.verdict != "unreviewed" else "Not ruled yet")
        # A refresh of the same claim keeps the cards the checker expanded.
        self.mentions.set_mentions(claim.mentions, palette,
                                   keep_expanded=claim.id == self._shown_id)
        # Nor may a refresh overwrite a note being typed: a stored note may lag behind the
        # editor by the keystrokes typed since it was sent.
        editing = claim.id == self._shown_id and (
            self._note_timer.isActive() or self.note_edit.hasFocus())
        self._note_sent = ruling.note
        if not editing and self.note_edit.toPlainText() != ruling.note:
            self.note_edit.setPlainText(ruling.note)
        self._shown_id = claim.id
        self.evidence_list.set_links(list(ruling.evidence))
        self._fill_history()

    def _fill_history(self) -> None:
        palette = self.palette()
        muted = mix(palette.color(QPalette.ColorRole.Text),
                    palette.color(QPalette.ColorRole.Base), 0.4)
        rows: list[QWidget] = []
        if not self._history:
            rows.append(placeholder("No rulings yet."))

        def word(v: str) -> str:
            return (f'<span style="color:{css(verdict_color(v, palette))}">'
                    f"<b>{v.capitalize()}</b></span>")

        for entry in sorted(self._history, key=lambda e: e.at, reverse=True):
            meta = " · ".join(x for x in (_when(entry.at), html.escape(entry.checker)) if x)
            text = f"{word(entry.from_verdict)} → {word(entry.to_verdict)}"
            text += f'<br><span style="color:{css(muted)}">{meta}</span>'
            if entry.note:
                text += f"<br>{html.escape(entry.note)}"
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            rows.append(label)
        self.history_rows.set_rows(rows)

    def _restyle(self, status: str) -> None:
        """The badge and banners, whose colours depend on the status and the palette."""
        palette = self.palette()
        self.badge.setText(f"●  {STATUS_LABELS.get(status, status)}")
        text = palette.color(QPalette.ColorRole.Text)
        key = (status, palette.color(QPalette.ColorRole.Base).name(), text.name())
        # Style sheets are costly to apply: only when the status or the palette changed.
        if key == self._style_key:
            return
        palette_changed = self._style_key is None or self._style_key[1:] != key[1:]
        self._style_key = key
        self.badge.setStyleSheet(
            f"QLabel {{ background: {css(status_tint(status, palette))}; color: {css(text)};"
            f" border: 1px solid {css(status_color(status, palette))};"
            " border-radius: 10px; padding: 2px 10px; font-weight: bold; }")
        if palette_changed:
            warn = (f"QLabel {{ background: {css(status_tint('emphasis', palette))};"
                    f" color: {css(text)};"
                    f" border-left: 4px solid {css(emphasis_color(palette))};"
                    " padding: 6px 8px; border-radius: 3px; }")
            self.shared_banner.setStyleSheet(warn)
            self.review_banner.setStyleSheet(warn)

    def changeEvent(self, event: QEvent) -> None:
        # Rebuild palette-dependent colours; stylesheets set while doing so can themselves
        # announce a palette change, hence the guard.
        if (event.type() == QEvent.Type.PaletteChange and self._claim is not None
                and not self._loading):
            self._loading = True
            try:
                self._fill(self._claim)
            finally:
                self._loading = False
        super().changeEvent(event)

    # -- editing --------------------------------------------------------------------------

    def _verdict_clicked(self, verdict: str) -> None:
        if self._claim is not None:
            self.verdictRequested.emit(verdict)

    def _note_changed(self) -> None:
        if not self._loading and self._claim is not None:
            self._note_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_edit and event.type() == QEvent.Type.FocusOut:
            self.flush_note()
        if (watched in (self.note_edit, self.evidence_list.edit)
                and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            self.flush_note()
            self.leaveRequested.emit()
            return True
        return super().eventFilter(watched, event)

    def _evidence_edited(self, links: list[str]) -> None:
        if self._claim is not None:
            self.evidenceEdited.emit(links)


if __name__ == "__main__":
    from ui.samples import preview_app, sample_claims, sample_history

    app = preview_app()
    panel = DetailPanel()
    panel.show_claim(sample_claims()[0], sample_history())
    for name in ("verdictRequested", "noteEdited", "evidenceEdited", "mentionActivated"):
        getattr(panel, name).connect(lambda value, n=name: print(n, value))
    panel.resize(520, 760)
    panel.show()
    sys.exit(app.exec())
