"""The selected claim in full: what each article reported, the verdict, note, evidence, history.

The panel never writes anything itself: it shows a ``Claim`` and asks for changes through its
signals (``verdictRequested``, ``noteEdited``, ``evidenceEdited``). Its owner applies them and
calls ``show_claim`` again with what the dossier now holds.
"""
from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.claims_model import describe_value, verdict_icon
from ui.theme import STATUS_LABELS, emphasis_color, mix, status_color, status_tint, verdict_color
from workbench.model import Claim, HistoryEntry, Mention

EMPTY_TEXT = "Select a claim to see what each article reported"
SHARED_WORDING_TEXT = "Agreeing articles share wire copy: not independent confirmation."
NEEDS_REVIEW_TEXT = "Needs another look: re-analysis found new figures after this was ruled."
NOTE_DEBOUNCE_MS = 800
#: cards shown at first, and built per event-loop turn when the checker asks for all of them:
#: a card costs a few milliseconds to build and lay out, and claims can have hundreds
CARD_PAGE = 12
#: distinct values listed in the tally above the cards of a large claim
TALLY_VALUES = 6
_VERDICT_BUTTONS = (("verified", "Verified", "V"), ("disputed", "Disputed", "D"),
                    ("unreviewed", "Unreviewed", "U"))


def _css(colour: object) -> str:
    return colour.name()  # type: ignore[attr-defined, no-any-return]


def sentence_html(m: Mention) -> str:
    """The mention's sentence, escaped, with the figure's own words in bold."""
    sentence = m.sentence or m.text
    at = sentence.casefold().find(m.text.casefold()) if m.text else -1
    if at < 0:
        return html.escape(sentence)
    end = at + len(m.text)
    return (html.escape(sentence[:at]) + "<b>" + html.escape(sentence[at:end]) + "</b>"
            + html.escape(sentence[end:]))


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


class _MentionCard(QFrame):
    """One article's value; double-click (or "Show") asks to show the figure in its pane.

    Cards are pooled and refilled with ``set_mention``: building and polishing a dozen fresh
    cards on every selection cost tens of milliseconds.
    """

    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mention: Mention | None = None
        self._edge = QColor()
        self._fill = QColor()
        self.setToolTip("Double-click to show this figure in its article")
        self.head = QLabel()
        self.head.setTextFormat(Qt.TextFormat.RichText)
        self.head.setWordWrap(True)
        show = QLabel('<a href="show">Show</a>')
        show.setToolTip("Scroll the article to this figure")
        show.linkActivated.connect(self._activate)
        self.value = QLabel()
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = QLabel()
        self.source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.sentence = QLabel()
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.head, 1)
        top.addWidget(show, 0, Qt.AlignmentFlag.AlignTop)
        mid = QHBoxLayout()
        mid.addWidget(self.value)
        mid.addSpacing(6)
        mid.addWidget(self.source, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 8, 8)
        box.setSpacing(3)
        box.addLayout(top)
        box.addLayout(mid)
        box.addWidget(self.sentence)

    def set_mention(self, m: Mention, palette: QPalette) -> None:
        self.mention = m
        edge = status_color("conflict" if m.in_conflict else "consistent", palette)
        base = palette.color(QPalette.ColorRole.Base)
        self._edge = mix(edge, base, 0.55) if m.superseded else edge
        self._fill = palette.color(QPalette.ColorRole.AlternateBase)
        outlet, title = html.escape(m.outlet or ""), html.escape(m.article_title)
        self.head.setText(f"<b>{outlet}</b> · {title}" if outlet else f"<b>{title}</b>")
        self.value.setText(describe_value(m))
        font = QFont(self.font())
        font.setBold(not m.superseded)
        font.setItalic(m.superseded)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.value.setFont(font)
        colours = QPalette(palette)
        if m.superseded:
            colours.setColor(QPalette.ColorRole.WindowText,
                             palette.color(QPalette.ColorRole.PlaceholderText))
        elif m.in_conflict:
            colours.setColor(QPalette.ColorRole.WindowText, status_color("conflict", palette))
        self.value.setPalette(colours)
        extras = []
        if m.source:
            extras.append(f"according to {m.source}")
        if m.qualifiers and not m.superseded:
            extras.append(", ".join(m.qualifiers))
        self.source.setText(" · ".join(extras))
        self.sentence.setText(f"“{sentence_html(m)}”")
        self.update()

    def _activate(self, _link: str = "") -> None:
        if self.mention is not None:
            self.activated.emit(self.mention.figure_id)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._fill)
        painter.drawRoundedRect(QRectF(self.rect()), 4, 4)
        painter.setBrush(self._edge)
        painter.drawRoundedRect(QRectF(0, 0, 4, self.height()), 2, 2)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._activate()
        event.accept()


class _EvidenceRow(QWidget):
    removed = Signal(str)

    def __init__(self, link: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        text = html.escape(link)
        is_url = link.lower().startswith(("http://", "https://"))
        self.label = QLabel(f'<a href="{text}">{text}</a>' if is_url else text)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(is_url)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction if is_url
            else Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip("Remove this evidence")
        self.remove_button.clicked.connect(lambda: self.removed.emit(self.link))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("•"))
        row.addWidget(self.label, 1)
        row.addWidget(self.remove_button)


class DetailPanel(QWidget):
    """Shows one claim (or an empty state) and emits the checker's requested changes."""

    verdictRequested = Signal(str)
    noteEdited = Signal(str)
    evidenceEdited = Signal(list)
    mentionActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._claim: Claim | None = None
        self._history: list[HistoryEntry] = []
        self._note_sent = ""
        self._evidence: list[str] = []
        self._loading = False
        self._shown_id: int | None = None
        self._badge_key: tuple[str, tuple[str, str]] | None = None
        self._palette_key: tuple[str, str] | None = None

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

        self.verdict_group = QButtonGroup(self)
        self.verdict_group.setExclusive(True)
        self.verdict_buttons: dict[str, QPushButton] = {}
        self.verdict_bar = QWidget()
        verdict_row = QHBoxLayout(self.verdict_bar)
        verdict_row.setContentsMargins(0, 0, 0, 0)
        verdict_row.setSpacing(6)
        for verdict, label, key in _VERDICT_BUTTONS:
            button = QPushButton(f"{label}  ({key})")
            button.setCheckable(True)
            button.setToolTip(f"Mark this claim {verdict} ({key})")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, v=verdict: self._verdict_clicked(v))
            self.verdict_group.addButton(button)
            self.verdict_buttons[verdict] = button
            verdict_row.addWidget(button)
        verdict_row.addStretch(1)
        self.ruled_label = QLabel()
        self.ruled_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._cards: list[_MentionCard] = []
        self._card_limit = CARD_PAGE
        self._card_target = 0
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(6)
        self.no_mentions = QLabel("No figures: this claim was marked by hand.")
        self.tally = QLabel()
        self.tally.setTextFormat(Qt.TextFormat.RichText)
        self.tally.setWordWrap(True)
        self.more_button = QPushButton()
        self.more_button.setToolTip("Show a card for every mention of this claim")
        self.more_button.clicked.connect(self.show_all_mentions)
        self._grower = QTimer(self)
        self._grower.setInterval(0)
        self._grower.timeout.connect(self._grow_cards)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText("What you checked and why: goes into the report")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.note_edit.installEventFilter(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DEBOUNCE_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.note_edit.textChanged.connect(self._note_changed)

        self.evidence_rows = _Rows(2)
        self.evidence_edit = QLineEdit()
        self.evidence_edit.setPlaceholderText("Add a link or a reference (Enter)")
        self.evidence_edit.returnPressed.connect(self._add_evidence)
        self.add_evidence_button = QPushButton("Add")
        self.add_evidence_button.clicked.connect(self._add_evidence)
        self.history_rows = _Rows(8)

        header = QVBoxLayout()
        header.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading, 1)
        title_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(title_row)
        header.addWidget(self.reason)
        header.addWidget(self.shared_banner)
        header.addWidget(self.review_banner)
        header.addWidget(self.verdict_bar)
        header.addWidget(self.ruled_label)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 6, 6)
        body_layout.addWidget(_section("What each article reported"))
        body_layout.addWidget(self.no_mentions)
        body_layout.addWidget(self.tally)
        body_layout.addLayout(self.cards_box)
        body_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        body_layout.addWidget(_section("Note"))
        body_layout.addWidget(self.note_edit)
        body_layout.addWidget(_section("Evidence"))
        body_layout.addWidget(self.evidence_rows)
        add_row = QHBoxLayout()
        add_row.addWidget(self.evidence_edit, 1)
        add_row.addWidget(self.add_evidence_button)
        body_layout.addLayout(add_row)
        body_layout.addWidget(_section("History"))
        body_layout.addWidget(self.history_rows)
        body_layout.addStretch(1)
        scroll = QScrollArea()
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

    def flush_note(self) -> None:
        """Emit ``noteEdited`` now if the note changed since it was shown or last emitted."""
        self._note_timer.stop()
        if self._claim is None:
            return
        text = self.note_edit.toPlainText()
        if text != self._note_sent:
            self._note_sent = text
            self.noteEdited.emit(text)

    def mention_cards(self) -> list[_MentionCard]:
        """The cards showing the current claim's mentions, in order.

        A claim with more than ``CARD_PAGE`` mentions shows the first ``CARD_PAGE`` until
        :meth:`show_all_mentions`; the tally above them counts every mention.
        """
        return [c for c in self._cards if not c.isHidden()]

    def show_all_mentions(self) -> None:
        """Show a card for every mention, built a page per event-loop turn (the window keeps
        answering while a claim of hundreds of mentions fills in)."""
        if self._claim is None:
            return
        self._card_target = len(self._claim.mentions)
        self.more_button.setEnabled(False)
        self._grower.start()

    def evidence(self) -> list[str]:
        return list(self._evidence)

    # -- filling --------------------------------------------------------------------------

    def _fill(self, claim: Claim) -> None:
        palette = self.palette()
        self.heading.setText(claim.quantity)
        self.reason.setText(claim.reason)
        self.reason.setVisible(bool(claim.reason))
        self.shared_banner.setVisible(claim.shared_wording)
        self.review_banner.setVisible(claim.ruling.needs_review)
        self._restyle()
        ruling = claim.ruling
        self.verdict_buttons[ruling.verdict].setChecked(True)
        who = " by " + ruling.checker if ruling.checker else ""
        when = f" on {_when(ruling.ruled_at)}" if ruling.ruled_at else ""
        self.ruled_label.setText(f"Ruled {ruling.verdict}{who}{when}"
                                 if ruling.verdict != "unreviewed" else "Not ruled yet")
        if claim.id != self._shown_id:
            # Another claim starts with its first page; a refresh keeps what was expanded.
            self._grower.stop()
            self._card_limit, self._card_target = CARD_PAGE, 0
        self._set_cards(claim.mentions, 0, palette)
        self.no_mentions.setVisible(not claim.mentions)
        many = len(claim.mentions) > CARD_PAGE
        self.tally.setVisible(many)
        if many:
            self.tally.setText(tally_html(claim.mentions, palette))
        # A refresh of this claim must not overwrite a note being typed: a stored note may lag
        # behind the editor by the keystrokes typed since it was sent.
        editing = claim.id == self._shown_id and (
            self._note_timer.isActive() or self.note_edit.hasFocus())
        self._note_sent = ruling.note
        if not editing and self.note_edit.toPlainText() != ruling.note:
            self.note_edit.setPlainText(ruling.note)
        self._shown_id = claim.id
        self._set_evidence(list(ruling.evidence))
        self._fill_history()

    def _set_cards(self, mentions: tuple[Mention, ...], start: int, palette: QPalette) -> None:
        """Fill cards ``start`` up to the limit; hide the rest of the pool."""
        shown = min(len(mentions), self._card_limit)
        while len(self._cards) < shown:  # the pool only grows
            card = _MentionCard()
            card.activated.connect(self.mentionActivated)
            self.cards_box.addWidget(card)
            self._cards.append(card)
        for i in range(start, len(self._cards)):
            card = self._cards[i]
            if i < shown:
                card.set_mention(mentions[i], palette)
            card.setVisible(i < shown)
        rest = len(mentions) - shown
        self.more_button.setVisible(rest > 0)
        if rest > 0 and not self._grower.isActive():
            self.more_button.setEnabled(True)
            self.more_button.setText(f"Show all {len(mentions)} mentions ({rest} more)")

    def _grow_cards(self) -> None:
        claim = self._claim
        if claim is None or self._card_limit >= self._card_target:
            self._grower.stop()
            return
        start = min(self._card_limit, len(claim.mentions))
        self._card_limit = min(self._card_target, self._card_limit + CARD_PAGE)
        if self._card_limit >= self._card_target:
            self._grower.stop()
        self._set_cards(claim.mentions, start, self.palette())

    def _fill_history(self) -> None:
        palette = self.palette()
        rows: list[QWidget] = []
        if not self._history:
            empty = QLabel("No rulings yet.")
            empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            rows.append(empty)
        for entry in sorted(self._history, key=lambda e: e.at, reverse=True):
            def word(v: str) -> str:
                return (f'<span style="color:{_css(verdict_color(v, palette))}">'
                        f"<b>{v.capitalize()}</b></span>")
            meta = " · ".join(x for x in (_when(entry.at), html.escape(entry.checker)) if x)
            text = f"{word(entry.from_verdict)} → {word(entry.to_verdict)}"
            text += f'<br><span style="color:{_css(_muted(palette))}">{meta}</span>'
            if entry.note:
                text += f"<br>{html.escape(entry.note)}"
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            rows.append(label)
        self.history_rows.set_rows(rows)

    def _restyle(self) -> None:
        """Colours that depend on the palette: badge and banners."""
        if self._claim is None:
            return
        palette = self.palette()
        status = self._claim.status
        key = (palette.color(QPalette.ColorRole.Base).name(),
               palette.color(QPalette.ColorRole.Text).name())
        self.badge.setText(f"●  {STATUS_LABELS.get(status, status)}")
        # Style sheets are costly to apply: only when the status or the palette changed.
        if (status, key) == self._badge_key:
            return
        self._badge_key = (status, key)
        self.badge.setStyleSheet(
            f"QLabel {{ background: {_css(status_tint(status, palette))};"
            f" color: {_css(palette.color(QPalette.ColorRole.Text))};"
            f" border: 1px solid {_css(status_color(status, palette))};"
            " border-radius: 10px; padding: 2px 10px; font-weight: bold; }")
        warn = (f"QLabel {{ background: {_css(status_tint('emphasis', palette))};"
                f" color: {_css(palette.color(QPalette.ColorRole.Text))};"
                f" border-left: 4px solid {_css(emphasis_color(palette))};"
                " padding: 6px 8px; border-radius: 3px; }")
        if key == self._palette_key:
            return
        self._palette_key = key
        self.shared_banner.setStyleSheet(warn)
        self.review_banner.setStyleSheet(warn)
        buttons = []
        for verdict in self.verdict_buttons:
            colour = verdict_color(verdict, palette)
            buttons.append(
                f"QPushButton#verdict_{verdict}:checked {{ background:"
                f" {_css(mix(colour, palette.color(QPalette.ColorRole.Base), 0.78))};"
                f" border: 1px solid {_css(colour)}; }}")
        for verdict, button in self.verdict_buttons.items():
            button.setObjectName(f"verdict_{verdict}")
            button.setIcon(verdict_icon(verdict, palette))
        self.verdict_bar.setStyleSheet(
            "QPushButton[objectName^=verdict_] { padding: 4px 12px; border-radius: 4px;"
            f" border: 1px solid {_css(palette.color(QPalette.ColorRole.Mid))};"
            f" background: {_css(palette.color(QPalette.ColorRole.Button))}; }}\n"
            + "\n".join(buttons))

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
        return super().eventFilter(watched, event)

    def _add_evidence(self) -> None:
        link = self.evidence_edit.text().strip()
        if not link or self._claim is None:
            return
        self.evidence_edit.clear()
        if link in self._evidence:
            return
        self._set_evidence([*self._evidence, link])
        self.evidenceEdited.emit(list(self._evidence))

    def _remove_evidence(self, link: str) -> None:
        self._set_evidence([x for x in self._evidence if x != link])
        self.evidenceEdited.emit(list(self._evidence))

    def _set_evidence(self, links: list[str]) -> None:
        self._evidence = links
        rows: list[QWidget] = []
        for link in links:
            row = _EvidenceRow(link)
            row.removed.connect(self._remove_evidence)
            rows.append(row)
        if not links:
            empty = QLabel("No evidence yet.")
            empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            rows.append(empty)
        self.evidence_rows.set_rows(rows)


def tally_html(mentions: tuple[Mention, ...], palette: QPalette) -> str:
    """How many articles give each value, most frequent first: the gist of a large claim.

    ``190 mentions in 188 articles: at least 53 (120 articles) · 36 (40) ...``; values in
    conflict are in the conflict colour, superseded ones are left out of the count of values.
    """
    articles: dict[str, set[int]] = {}
    conflict: dict[str, bool] = {}
    for m in mentions:
        if m.superseded:
            continue
        word = describe_value(m)
        articles.setdefault(word, set()).add(m.article_id)
        conflict[word] = conflict.get(word, False) or m.in_conflict
    n_articles = len({m.article_id for m in mentions})
    ranked = sorted(articles, key=lambda w: -len(articles[w]))  # stable: first seen first
    red = _css(status_color("conflict", palette))
    parts = []
    for i, word in enumerate(ranked[:TALLY_VALUES]):
        n = len(articles[word])
        count = f"{n} article{'s' if n != 1 else ''}" if i == 0 else str(n)
        text = f"<b>{html.escape(word)}</b> ({count})"
        parts.append(f'<span style="color:{red}">{text}</span>' if conflict[word] else text)
    if len(ranked) > TALLY_VALUES:
        parts.append(f"and {len(ranked) - TALLY_VALUES} other values")
    head = f"{len(mentions)} mentions in {n_articles} article{'s' if n_articles != 1 else ''}"
    return f"{head}: " + " · ".join(parts) if parts else head


def _muted(palette: QPalette) -> object:
    return mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.4)


class _Rows(QWidget):
    """A column of row widgets, replaced as a whole.

    The rows are built inside a widget that is not yet shown and swapped in with one ``show``,
    so a refresh polishes and lays out once instead of once per row (about 3 ms each).
    """

    def __init__(self, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spacing = spacing
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._inner: QWidget | None = None
        self._rows: list[QWidget] = []

    def rows(self) -> list[QWidget]:
        return list(self._rows)

    def set_rows(self, rows: list[QWidget]) -> None:
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(self._spacing)
        for row in rows:
            box.addWidget(row)
        if self._inner is not None:
            self._box.removeWidget(self._inner)
            self._inner.hide()
            self._inner.deleteLater()
        self._box.addWidget(inner)
        self._inner, self._rows = inner, list(rows)
        if self.isVisible():
            inner.show()


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from ui.claims_panel import sample_claims, sample_history
    from ui.theme import dark_palette

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    if "--dark" in sys.argv:
        app.setPalette(dark_palette())
    panel = DetailPanel()
    panel.show_claim(sample_claims()[0], sample_history())
    for name in ("verdictRequested", "noteEdited", "evidenceEdited", "mentionActivated"):
        getattr(panel, name).connect(lambda value, n=name: print(n, value))
    panel.resize(520, 760)
    panel.show()
    sys.exit(app.exec())
