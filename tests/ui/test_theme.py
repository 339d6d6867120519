"""Status colours stay legible in light and dark palettes; highlight formats mark emphasis."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QPalette, QTextCharFormat

from ui.theme import (
    STATUSES,
    LegendWidget,
    contrast_ratio,
    dark_palette,
    highlight_format,
    is_dark,
    status_color,
    status_tint,
)


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: object) -> QPalette:
    if request.param == "dark":
        return dark_palette()
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, "#efefef")
    p.setColor(QPalette.ColorRole.Base, "#ffffff")
    p.setColor(QPalette.ColorRole.Text, "#000000")
    return p


def test_palette_family_is_picked_by_lightness(qapp: object) -> None:
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, "#efefef")
    assert is_dark(dark_palette()) and not is_dark(light)
    # Dark desktops get brighter signal colours and darker tints than light ones.
    assert status_color("conflict", dark_palette()).lightness() > status_color(
        "conflict", light).lightness()
    assert status_tint("conflict", dark_palette()).lightness() < status_tint(
        "conflict", light).lightness()


@pytest.mark.parametrize("status", STATUSES)
def test_highlighted_text_keeps_contrast(palette: QPalette, status: str) -> None:
    text = palette.color(QPalette.ColorRole.Text)
    for emphasised in (False, True):
        fmt = highlight_format(status, palette, emphasised)
        background = fmt.background().color()
        assert contrast_ratio(text, background) >= 4.5, (status, emphasised, background.name())
        assert fmt.foreground().color() == text


@pytest.mark.parametrize("status", STATUSES)
def test_signal_colours_stand_out_from_the_base(palette: QPalette, status: str) -> None:
    # WCAG asks 3:1 for graphical objects such as plot marks and status dots.
    base = palette.color(QPalette.ColorRole.Base)
    assert contrast_ratio(status_color(status, palette), base) >= 3.0


def test_statuses_are_distinguishable(palette: QPalette) -> None:
    tints = {status_tint(s, palette).name() for s in STATUSES}
    colours = {status_color(s, palette).name() for s in STATUSES}
    assert len(tints) == len(colours) == len(STATUSES)


def test_emphasised_highlight_is_bold_and_underlined(palette: QPalette) -> None:
    plain = highlight_format("conflict", palette, False)
    strong = highlight_format("conflict", palette, True)
    assert plain.fontWeight() != QFont.Weight.Bold and not plain.fontUnderline()
    assert strong.fontWeight() == QFont.Weight.Bold
    assert strong.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert strong.underlineColor() == status_color("conflict", palette)
    assert strong.background().color() != plain.background().color()


def test_unknown_status_is_a_clear_error(qapp: object) -> None:
    with pytest.raises(ValueError, match="unknown status 'bogus'"):
        status_color("bogus", QPalette())


def test_legend_names_each_state(qtbot: object) -> None:
    legend = LegendWidget()
    qtbot.addWidget(legend)  # type: ignore[attr-defined]
    assert [label.text() for label in legend.labels.values()] == [
        "Conflict", "Consistent", "Single source"]
