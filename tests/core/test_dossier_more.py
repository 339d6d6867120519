"""Pasted text, the demo dossier and the checker's preferences."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.test_dossier_support import (  # noqa: F401  (_private_config is a fixture)
    ONE,
    _private_config,
    fake_analyze,
    open_fake,
)
from workbench.dossier import Dossier
from workbench.errors import ArticleError, DossierError
from workbench.resources import demo_articles
from workbench.settings import (
    MAX_RECENT,
    Preferences,
    load_preferences,
    preferences_path,
    save_preferences,
)


def test_pasted_text_becomes_an_article(tmp_path: Path) -> None:
    with open_fake(tmp_path / "d.sqlite") as d:
        result = d.add_text(ONE, title="From the wire")
        assert len(result.added) == 1 and result.changes.articles
        article = d.article(result.added[0])
        assert (article.title, article.text, article.path) == ("From the wire", ONE, None)
        assert [c.quantity for c in d.claims()] == ["number of civilians", "number of people"]
        assert d.add_text(ONE).skipped == ["<pasted>"]
        with pytest.raises(ArticleError, match="empty"):
            d.add_text("   \n")
        with pytest.raises(DossierError, match="no article 99"):
            d.article(99)


def test_demo_dossier_holds_the_demo_articles(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    with Dossier.create_demo(path, analyzer=fake_analyze) as d:
        assert len(d.articles()) == len(demo_articles()) > 0
        assert {Path(a.path or "").name for a in d.articles()} == {
            p.name for p in demo_articles()}
    with pytest.raises(DossierError, match="already exists"):
        Dossier.create_demo(path, analyzer=fake_analyze)


def test_preferences_round_trip_in_the_overridden_folder(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "cfg"))
    assert load_preferences() == Preferences()
    prefs = Preferences(checker="Ana Lima", organisation="Desk")
    for i in range(MAX_RECENT + 3):
        prefs.add_recent(tmp_path / f"d{i}.sqlite")
    prefs.add_recent(tmp_path / "d5.sqlite")
    save_preferences(prefs)
    assert preferences_path() == tmp_path / "cfg" / "preferences.json"
    loaded = load_preferences()
    assert loaded == prefs
    assert len(loaded.recent) == MAX_RECENT and loaded.recent[0].endswith("d5.sqlite")
    assert loaded.recent.count(loaded.recent[0]) == 1


def test_damaged_preferences_fall_back_to_defaults(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path))
    preferences_path().write_text("{not json", encoding="utf-8")
    assert load_preferences() == Preferences()
    preferences_path().write_text(json.dumps({"checker": 42, "organisation": "Desk",
                                              "recent": "oops", "unknown": 1}))
    assert load_preferences() == Preferences(organisation="Desk")
