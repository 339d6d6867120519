"""Shared test set-up. Qt runs offscreen: no display is needed anywhere in the suite."""
from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The one spaCy pipeline, built once per test session."""
    from workbench.nlp import get_nlp

    return get_nlp()
