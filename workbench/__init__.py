"""Fact-check workbench engine: reading articles, finding figures, lining them up, the dossier.

Pure Python; never imports Qt. ``ui`` uses only what ``__all__`` lists here.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
