"""Long titles keep their meaning: two lines, the last one elided, labels side by side aligned."""
from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetrics

from ui.elide import ElidedLabel, wrap_elided

HEADLINE = "Fire at paint factory in Dunmarrow kills at least seven, fire service says"


def test_wrap_elided_fills_two_lines_and_elides_the_last(qtbot: Any) -> None:
    label = ElidedLabel("x")
    qtbot.addWidget(label)
    fm = QFontMetrics(label.font())
    width = fm.horizontalAdvance("Fire at paint factory in")
    lines = wrap_elided(fm, HEADLINE, width)
    assert len(lines) == 2
    assert lines[0] == "Fire at paint factory in"
    assert lines[1].startswith("Dunmarrow") and lines[1].endswith("\u2026")
    assert all(fm.horizontalAdvance(line) <= width for line in lines)
    assert wrap_elided(fm, "Short", width) == ["Short"]
    assert wrap_elided(fm, "", width) == []


def test_labels_of_one_and_two_lines_have_the_same_height(qtbot: Any) -> None:
    short, long = ElidedLabel("Radio Ellery", max_lines=2), ElidedLabel(HEADLINE, max_lines=2)
    for label in (short, long):
        qtbot.addWidget(label)
        label.resize(150, label.height())
        label.show()
    assert short.height() == long.height() >= 2 * long.fontMetrics().lineSpacing()
    assert short.text() == "Radio Ellery"
    first, second = long.text().split("\n")
    assert HEADLINE.startswith(first) and second.endswith("\u2026")
    assert long.full_text() == HEADLINE
