"""What each article reported for one claim: a card per mention, and the list that holds them.

A claim can have hundreds of mentions (one per article of a large dossier), and a card costs a
few milliseconds to build and lay out. So :class:`MentionList` shows a tally of the values and
the first ``CARD_PAGE`` cards; "Show all" builds the rest a page per event-loop turn, and cards
are pooled and refilled rather than rebuilt when another claim is shown.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import css, mix, status_color
from ui.wording import describe_value
from workbench.model import Mention

#: cards shown at first, and built per event-loop turn when the checker asks for all of them
CARD_PAGE = 12
#: distinct values listed in the tally above the cards of a large claim
TALLY_VALUES = 6


def sentence_html(m: Mention) -> str:
    """The mention's sentence, escaped, with the figure's own words in bold."""
    sentence = m.sentence or m.text
    at = sentence.casefold().find(m.text.casefold()) if m.text else -1
    if at < 0:
        return html.escape(sentence)
    end = at + len(m.text)
    return (html.escape(sentence[:at]) + "<b>" + html.escape(sentence[at:end]) + "</b>"
            + html.escape(sentence[end:]))


def tally_html(mentions: tuple[Mention, ...], palette: QPalette) -> str:
    """How many articles give each value, most frequent first: the gist of a large claim.

    ``190 mentions in 188 articles: at least 53 (120 articles) · 36 (40) ...``; values in
    conflict are in the conflict colour; superseded values are not counted as values.
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
    red = css(status_color("conflict", palette))
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


class MentionCard(QFrame):
    """One article's value; double-click (or "Show") asks to show the figure in its pane."""

    activated = Signal(int)  # figure id

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
        self.source.setWordWrap(True)
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
        box.setContentsMargins(12, 6, 8, 8)
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


class MentionList(QWidget):
    """The tally (large claims only), the cards, and the "Show all N mentions" button."""

    activated = Signal(int)  # figure id of the card double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mentions: tuple[Mention, ...] = ()
        self._cards: list[MentionCard] = []
        self._limit = CARD_PAGE
        self._target = 0
        self.none_label = QLabel("No figures: this claim was marked by hand.")
        self.none_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.tally = QLabel()
        self.tally.setTextFormat(Qt.TextFormat.RichText)
        self.tally.setWordWrap(True)
        self.more_button = QPushButton()
        self.more_button.setToolTip("Show a card for every mention of this claim")
        self.more_button.clicked.connect(self.show_all)
        self._grower = QTimer(self)
        self._grower.setInterval(0)
        self._grower.timeout.connect(self._grow)
        self._box = QVBoxLayout()
        self._box.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.none_label)
        layout.addWidget(self.tally)
        layout.addLayout(self._box)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_mentions(self, mentions: tuple[Mention, ...], palette: QPalette,
                     keep_expanded: bool = False) -> None:
        """Show these mentions: the first page, or as many as before when ``keep_expanded``
        (a refresh of the same claim after a ruling)."""
        if not keep_expanded:
            self._grower.stop()
            self._limit, self._target = CARD_PAGE, 0
        self._mentions = mentions
        self._fill(0, palette)
        self.none_label.setVisible(not mentions)
        many = len(mentions) > CARD_PAGE
        self.tally.setVisible(many)
        if many:
            self.tally.setText(tally_html(mentions, palette))

    def cards(self) -> list[MentionCard]:
        """The cards shown, in the claim's order."""
        return [c for c in self._cards if not c.isHidden()]

    def show_all(self) -> None:
        """Show a card for every mention, a page per event-loop turn: the window keeps
        answering while a claim of hundreds of mentions fills in."""
        self._target = len(self._mentions)
        self.more_button.setEnabled(False)
        self.more_button.setText(f"Showing all {len(self._mentions)} mentions\u2026")
        self._grower.start()

    def _fill(self, start: int, palette: QPalette) -> None:
        """Fill cards ``start`` up to the limit; hide the rest of the pool."""
        mentions = self._mentions
        shown = min(len(mentions), self._limit)
        while len(self._cards) < shown:  # the pool only grows
            card = MentionCard()
            card.activated.connect(self.activated)
            self._box.addWidget(card)
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

    def _grow(self) -> None:
        start = min(self._limit, len(self._mentions))
        self._limit = min(self._target, self._limit + CARD_PAGE)
        if self._limit >= self._target:
            self._grower.stop()
        self._fill(start, self.palette())
