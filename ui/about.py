"""The About box: what the app is and the versions of everything it runs on."""
from __future__ import annotations

import html
import platform
import sys
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from workbench import __version__


def versions() -> dict[str, str]:
    """Name -> version of the app and what it is built on (for the About box and bug reports)."""

    def dist(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    return {
        "Fact-check Workbench": __version__,
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "spaCy": dist("spacy"),
        "sqlite-utils": dist("sqlite-utils"),
        "pyqtgraph": dist("pyqtgraph"),
        "Python": f"{platform.python_version()} ({sys.platform})",
    }


def about_html() -> str:
    rows = "".join(
        f"<tr><td style='padding-right:12px'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
        for k, v in versions().items()
    )
    return (
        "<h3>Fact-check Workbench</h3>"
        "<p>Lines up the figures several news reports give for one event, flags the ones that "
        "conflict, and keeps your rulings in a local dossier.</p>"
        f"<table>{rows}</table>"
        "<p>Released under the MIT licence. The demo articles are fictional.</p>"
    )


def show_about(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("About Fact-check Workbench")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html())
    if parent is not None:
        box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.exec()
