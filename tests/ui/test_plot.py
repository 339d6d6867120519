"""The claim plot draws each wording as the interval it allows; the overview counts verdicts."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics, QPalette

from tests.ui.claim_samples import claim, mention, toll_claims
from ui.overview import VerdictOverview
from ui.plot import EMPTY_TEXT, NO_VALUES_TEXT, ROW_LIMIT, ClaimPlot
from ui.theme import dark_palette, status_color
from workbench.model import Summary


@pytest.fixture
def plot(qtbot) -> ClaimPlot:  # type: ignore[no-untyped-def]
    widget = ClaimPlot()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    return widget


def _mark(plot: ClaimPlot, figure_id: int):  # type: ignore[no-untyped-def]
    return next(k for k in plot.marks if k.figure_id == figure_id)


def test_empty_until_a_claim_is_shown(plot: ClaimPlot) -> None:
    assert plot.stack.currentWidget() is plot.message
    assert plot.message.text() == EMPTY_TEXT
    plot.show_claim(toll_claims()[0])
    assert plot.stack.currentWidget() is plot.widget
    plot.show_claim(None)
    assert plot.stack.currentWidget() is plot.message
    assert len(plot.points.data) == 0 and len(plot.bars.opts["x0"]) == 0


def test_items_are_created_once_and_updated(plot: ClaimPlot) -> None:
    items = (plot.bars, plot.points, plot.ends)
    plot.show_claim(toll_claims()[0])
    plot.show_claim(toll_claims()[1])
    assert (plot.bars, plot.points, plot.ends) == items
    assert all(item in plot.plot_item.items for item in items)


def test_one_row_per_article_labelled_on_the_axis(plot: ClaimPlot) -> None:
    plot.show_claim(toll_claims()[0])
    assert plot.row_titles == ["Northern Courier", "Meridian Wire", "Valley Herald",
                               "State Gazette"]
    ticks = plot.plot_item.getAxis("left")._tickLevels[0]
    assert [label for _, label in ticks] == plot.row_titles
    assert sorted({k.y for k in plot.marks}) == [0, 1, 2, 3]


def test_at_least_is_a_bar_open_past_the_right_edge(plot: ClaimPlot) -> None:
    plot.show_claim(toll_claims()[0])
    left, right = plot.view_x_range()
    k = _mark(plot, 2)  # "at least 53"
    assert k.open_right and not k.open_left
    assert k.x0 == 53 and k.x1 is not None and k.x1 > right
    assert 53 < right  # the bound itself is in view
    arrows = [s for s in plot.ends.data if s["symbol"] == "arrow_right"]
    assert len(arrows) == 2 and all(left < s["x"] <= right for s in arrows)


def test_at_most_is_open_to_the_left(plot: ClaimPlot) -> None:
    plot.show_claim(claim(9, "x", (mention(1, 1, 300, "at_most", None, 300),
                                   mention(2, 2, 250))))
    left, _ = plot.view_x_range()
    k = _mark(plot, 1)
    assert k.open_left and k.x1 == 300 and k.x0 is not None and k.x0 < left
    assert any(s["symbol"] == "arrow_left" for s in plot.ends.data)


def test_exact_is_a_point_and_range_a_closed_bar(plot: ClaimPlot) -> None:
    plot.show_claim(claim(9, "x", (mention(1, 1, 36), mention(2, 2, None, "range", 30, 40),
                                   mention(3, 3, 35, "about", 33, 37))))
    exact, rng, about = _mark(plot, 1), _mark(plot, 2), _mark(plot, 3)
    assert exact.point == 36 and exact.x0 is None
    assert (rng.x0, rng.x1, rng.open_left, rng.open_right) == (30, 40, False, False)
    assert (about.x0, about.x1, about.point) == (33, 37, 35)
    left, right = plot.view_x_range()
    assert left < 30 and 40 < right
    assert list(plot.bars.opts["x0"]) == [30, 33]


def test_conflicts_are_red_and_superseded_hollow(plot: ClaimPlot) -> None:
    plot.show_claim(toll_claims()[0])
    palette = plot.palette()
    red, green = status_color("conflict", palette), status_color("consistent", palette)
    spots = {(round(s["x"]), round(s["y"], 2)): s for s in plot.points.data}
    ministry = next(s for (x, _), s in spots.items() if x == 36)
    superseded = next(s for (x, _), s in spots.items() if x == 34)
    assert ministry["pen"].color() == red and ministry["brush"].color() == red
    assert superseded["pen"].color() == green
    assert superseded["brush"].color() == palette.color(QPalette.ColorRole.Base)  # hollow
    ticks = {s["pen"].color().name() for s in plot.ends.data if s["symbol"] == "|"}
    arrows = {s["brush"].color().name() for s in plot.ends.data if s["symbol"] == "arrow_right"}
    assert ticks == arrows == {red.name()}


def test_log_axis_when_values_span_orders_of_magnitude(plot: ClaimPlot) -> None:
    plot.show_claim(claim(9, "x", (mention(1, 1, 12), mention(2, 2, 1.5e6))))
    assert plot.log_x and plot.plot_item.getAxis("bottom").logMode
    assert _mark(plot, 2).point == pytest.approx(6.176, abs=1e-3)
    plot.show_claim(claim(9, "x", (mention(1, 1, 12), mention(2, 2, 1000))))
    assert not plot.log_x and not plot.plot_item.getAxis("bottom").logMode


def test_claim_without_values_says_so(plot: ClaimPlot) -> None:
    plot.show_claim(claim(9, "x", (mention(1, 1, None),), "manual"))
    assert plot.stack.currentWidget() is plot.message
    assert plot.message.text() == NO_VALUES_TEXT


def test_dark_palette_uses_dark_background_and_dark_theme_colours(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = ClaimPlot()
    qtbot.addWidget(widget)
    widget.setPalette(dark_palette())
    widget.show_claim(toll_claims()[0])
    assert widget.widget.backgroundBrush().color() == dark_palette().color(
        QPalette.ColorRole.Base)
    spots = [s for s in widget.points.data if round(s["x"]) == 36]
    assert spots[0]["brush"].color() == status_color("conflict", dark_palette())


def test_verdict_overview_segments_are_proportional(qtbot) -> None:  # type: ignore[no-untyped-def]
    overview = VerdictOverview()
    qtbot.addWidget(overview)
    overview.resize(400, overview.sizeHint().height())
    overview.show()
    overview.set_summary(Summary(5, 8, {"unreviewed": 4, "verified": 3, "disputed": 1}, 2,
                                 (), 0, 1))
    assert overview.caption.text() == "8 claims · 2 in conflict · 1 need another look"
    segs = {v: (n, rect.width()) for v, n, rect in overview.segments()}
    assert segs["unreviewed"][0] == 4 and segs["verified"][0] == 3
    assert segs["unreviewed"][1] == pytest.approx(segs["disputed"][1] * 4)
    total = sum(w for _, w in segs.values())
    assert total == pytest.approx(overview.width() - 8)
    overview.set_summary(None)
    assert overview.caption.text() == "No claims yet"


def _many(n: int) -> tuple:  # type: ignore[type-arg]
    """``n`` articles: most say at least 53, a fifth say 36 (in conflict), a few odd values."""
    out = []
    for i in range(1, n + 1):
        if i % 5 == 0:
            out.append(mention(i, i, 36, in_conflict=True))
        elif i % 50 == 7:
            out.append(mention(i, i, 40 + i // 50))
        else:
            out.append(mention(i, i, 53, "at_least", 53, None, in_conflict=True))
    return tuple(out)


def test_a_claim_of_hundreds_of_articles_plots_one_row_per_value(plot: ClaimPlot) -> None:
    plot.show_claim(claim(9, "people killed", _many(300), "conflict"))
    # 240 + 60 + six odd values, one article each: eight rows, most reported first.
    assert plot.row_titles[:2] == ["234 articles", "60 articles"]
    assert len(plot.row_titles) == 8
    assert sum(k.count for k in plot.marks) == 300
    ticks = plot.plot_item.getAxis("left")._tickLevels[0]
    assert [label for _, label in ticks] == plot.row_titles
    at_least = next(k for k in plot.marks if k.count == 234)
    assert at_least.open_right and at_least.x0 == 53 and at_least.conflict
    labels = [item.textItem.toPlainText().strip() for item in plot._labels if item.isVisible()]
    assert labels[:2] == ["≥53", "36"]


def test_values_past_the_row_limit_share_a_last_unlabelled_row(plot: ClaimPlot) -> None:
    mentions = tuple(mention(i, i, 100 + i) for i in range(1, 41))  # forty different values
    plot.show_claim(claim(9, "x", mentions))
    assert len(plot.row_titles) == ROW_LIMIT
    assert plot.row_titles[-1] == f"{40 - ROW_LIMIT + 1} other values ({40 - ROW_LIMIT + 1} articles)"
    assert len(plot.marks) == 40  # every value is still drawn
    assert len(plot.points.data) == 40
    visible = [item for item in plot._labels if item.isVisible()]
    assert len(visible) == ROW_LIMIT - 1
    # A small claim afterwards reuses the items and hides the labels it does not need.
    plot.show_claim(toll_claims()[0])
    assert len([item for item in plot._labels if item.isVisible()]) == 4
    assert plot.row_titles == ["Northern Courier", "Meridian Wire", "Valley Herald",
                               "State Gazette"]


def test_the_cap_of_an_open_bound_does_not_widen_the_view(plot: ClaimPlot) -> None:
    # "dozens": at least 24, capped at 199 by the engine; the view is about 12 to 24.
    plot.show_claim(claim(9, "x", (mention(1, 1, 12), mention(2, 2, 24, "at_least", 24, 199))))
    left, right = plot.view_x_range()
    assert left < 12 and 24 < right < 60
    dozens = _mark(plot, 2)
    assert dozens.open_right and dozens.x0 == 24 and dozens.x1 is not None and dozens.x1 > right


def test_a_single_source_value_is_grey_mid_plot_on_whole_number_ticks(plot: ClaimPlot) -> None:
    # "six long-range bombers", reported once: not 5.7 to 6.3 with a green (agreeing) dot.
    plot.show_claim(claim(9, "bombers", (mention(1, 1, 6),), "single"))
    left, right = plot.view_x_range()
    assert (left, right) == (0.0, 12.0)
    (spot,) = plot.points.data
    assert spot["brush"].color() == status_color("single", plot.palette())
    assert plot.axis.integers
    assert all(spacing >= 1 for spacing, _ in plot.axis.tickSpacing(left, right, 300))


def test_counts_get_whole_number_ticks_and_shares_do_not_need_them(plot: ClaimPlot) -> None:
    plot.show_claim(claim(9, "offensives", (mention(1, 1, 2), mention(2, 2, 3))))
    left, right = plot.view_x_range()
    assert plot.axis.integers
    assert all(spacing >= 1 for spacing, _ in plot.axis.tickSpacing(left, right, 300))
    plot.show_claim(claim(9, "share held", (mention(1, 1, 2.5, kind="percent"),
                                            mention(2, 2, 3, kind="percent"))))
    assert not plot.axis.integers
    left, right = plot.view_x_range()
    assert min(s for s, _ in plot.axis.tickSpacing(left, right, 300)) < 1


def test_value_labels_stay_inside_the_plot_and_off_their_bars(plot: ClaimPlot) -> None:
    # CIA "around 30,000" against Iraqi authorities' "around 200,000": the larger label would
    # run past the right edge (and was drawn over its own bar): it goes left of the bar.
    plot.show_claim(claim(9, "people", (
        mention(1, 1, 30000, "about", 22500, 37500, in_conflict=True),
        mention(2, 2, 200000, "about", 150000, 250000, in_conflict=True)), "conflict"))
    labels = {item.textItem.toPlainText().strip(): item for item in plot._labels
              if item.isVisible()}
    small, large = labels["~30,000"], labels["~200,000"]
    assert small.pos().x() == 37500 and small.anchor.x() == 0  # right of its bar
    assert large.pos().x() == 150000 and large.anchor.x() == 1  # left of its bar
    left, right = plot.view_x_range()
    assert left < 22500 and 250000 < right


def _labels_inside_the_view(plot: ClaimPlot) -> dict[str, bool]:
    view = plot.plot_item.getViewBox().sceneBoundingRect()
    return {item.textItem.toPlainText().strip():
            view.left() <= item.sceneBoundingRect().left()
            and item.sceneBoundingRect().right() <= view.right()
            for item in plot._labels if item.isVisible()}


@pytest.mark.parametrize("width", [330, 600])
def test_the_label_of_a_lone_interval_makes_room_for_itself(qtbot, plot: ClaimPlot,  # type: ignore[no-untyped-def]
                                                            width: int) -> None:
    # "about 420 people employed", reported once: its bar spans the view and "~420" was cut
    # at the right edge (shown as "~42"); so was "30–40" alone.
    def inside(text: str) -> None:  # once the axes and the view have taken their new sizes
        qtbot.waitUntil(lambda: _labels_inside_the_view(plot) == {text: True}, timeout=2000)

    plot.resize(width, 280)
    plot.show_claim(claim(9, "people employed", (mention(1, 1, 420, "about", 378, 462),),
                          "single"))
    inside("~420")
    left, right = plot.view_x_range()
    assert left < 378 and 462 < right < 600
    plot.show_claim(claim(9, "people", (mention(1, 1, None, "range", 30, 40),), "single"))
    inside("30–40")
    plot.resize(width + 200, 280)  # placed again on resize: still inside
    inside("30–40")


def test_articles_of_one_outlet_get_rows_told_apart_by_headline(plot: ClaimPlot) -> None:
    # A paper's first report and its update: two rows both titled "Northern Courier" were
    # indistinguishable; the headline follows the outlet when the outlet repeats.
    update = dict(outlet="Northern Courier", article_title="Toll rises to 40")
    plot.show_claim(claim(9, "civilians killed", (
        mention(1, 1, 34), mention(2, 5, 40, **update), mention(3, 2, 53))))
    assert plot.row_titles == ["Northern Courier: Dozens killed as strike hits market",
                               "Northern Courier: Toll rises to 40", "Meridian Wire"]


def test_rows_of_one_outlet_whose_headlines_differ_at_the_end_do_not_look_alike(
        plot: ClaimPlot) -> None:
    # Two reports of one paper whose headlines differ only in their last words were both cut
    # to "Northern Courier: Dozens killed as / strike hits market in the…": two rows alike.
    first = "Dozens killed as strike hits market in the north of the city"
    update = "Dozens killed as strike hits market in the north of the city, officials say"
    plot.show_claim(claim(9, "civilians killed", (
        mention(1, 1, 34, outlet="Northern Courier", article_title=first),
        mention(2, 5, 40, outlet="Northern Courier", article_title=update),
        mention(3, 2, 53))))
    assert plot.row_titles[:2] == [f"Northern Courier: {first}", f"Northern Courier: {update}"]
    ticks = [label for _, label in plot.plot_item.getAxis("left")._tickLevels[0]]
    assert len(set(ticks)) == 3
    one, two = (label.split("\n") for label in ticks[:2])
    assert one[0] == two[0] and one[0].startswith("Northern Courier")  # the outlet leads
    assert one[-1].startswith("\u2026") and one[-1].endswith("of the city")
    assert "officials say" in two[-1]
    assert ticks[2] == "Meridian Wire"
    fm = QFontMetrics(plot.font())
    assert all(fm.horizontalAdvance(line) <= max(90, min(170, plot.width() // 3))
               for label in ticks for line in label.split("\n"))


def test_rows_alike_in_every_word_are_numbered(plot: ClaimPlot) -> None:
    same = dict(outlet="Northern Courier", article_title="Toll rises")
    plot.show_claim(claim(9, "civilians killed", (
        mention(1, 1, 34, **same), mention(2, 5, 40, **same), mention(3, 2, 53))))
    ticks = [label for _, label in plot.plot_item.getAxis("left")._tickLevels[0]]
    assert ticks[0].endswith("(1)") and ticks[1].endswith("(2)")
    assert ticks[0][:-3] == ticks[1][:-3]
