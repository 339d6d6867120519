"""Fact-check workbench engine: reading articles, finding figures, lining them up, the dossier.

Pure Python; never imports Qt. ``ui`` uses what ``__all__`` lists here. The names are loaded
on first use (PEP 562), so ``import workbench`` stays instant and spaCy is only imported when
an analysis needs it: the app shows its window first.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

#: public name -> module that defines it
_EXPORTS = {
    # reading and analysis
    "read_article": "workbench.articles",
    "read_articles": "workbench.articles",
    "article_from_text": "workbench.articles",
    "collect_paths": "workbench.articles",
    "MAX_BYTES": "workbench.articles",
    "SUPPORTED": "workbench.articles",
    "analyze": "workbench.analysis",
    "analyze_articles": "workbench.analysis",
    "get_nlp": "workbench.nlp",
    # the dossier and its edits
    "Dossier": "workbench.dossier",
    "SetRuling": "workbench.edits",
    "Preferences": "workbench.settings",
    "load_preferences": "workbench.settings",
    "save_preferences": "workbench.settings",
    # reports
    "render": "workbench.reports",
    "export": "workbench.reports",
    # records
    "Analysis": "workbench.model",
    "Article": "workbench.model",
    "Figure": "workbench.model",
    "Group": "workbench.model",
    "Claim": "workbench.model",
    "Mention": "workbench.model",
    "Ruling": "workbench.model",
    "HistoryEntry": "workbench.model",
    "Summary": "workbench.model",
    "FileProblem": "workbench.model",
    # errors
    "WorkbenchError": "workbench.errors",
    "ArticleError": "workbench.errors",
    "DossierError": "workbench.errors",
    "DossierBusy": "workbench.errors",
    "NewerDossierError": "workbench.errors",
    "Cancelled": "workbench.errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'workbench' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
