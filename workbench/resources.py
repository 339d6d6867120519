"""The one place that knows where the app's data files live.

Icons, styles, report templates and the demo articles sit under the top-level ``resources``
package. They are found the same way from a source checkout, an installed wheel and a PyInstaller
bundle, so no caller ever builds a path from ``__file__`` itself (and there is no Qt resource
file: the engine must stay free of Qt, and plain files are easy to inspect and replace).

- checkout and wheel: ``resources/`` is a sibling of the ``workbench/`` package directory
  (both are top-level packages of the same distribution);
- frozen bundle: the spec copies ``resources/`` to the bundle's data directory, ``sys._MEIPASS``.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path, PurePosixPath

__all__ = [
    "APP_ICON",
    "DEMO_SUFFIXES",
    "demo_articles",
    "icon_sizes",
    "path",
    "read_bytes",
    "read_text",
    "root",
]

#: the app icon, relative to the resources root (PNG renderings sit next to it)
APP_ICON = "icons/workbench.svg"

#: the kinds of file that count as demo articles (the README in demo/ does not)
DEMO_SUFFIXES = (".txt", ".html", ".htm")

_MARKER = "__init__.py"


@lru_cache(maxsize=1)
def root() -> Path:
    """The directory that holds every resource.

    Raises FileNotFoundError when it cannot be found, which means a broken installation.
    """
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        candidates.append(Path(bundle) / "resources")
    # workbench/resources.py -> <site-packages or checkout>/resources
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        # A frozen bundle may carry the files without the package's __init__; a checkout and a
        # wheel always have it, which keeps an unrelated "resources" directory from matching.
        if candidate.is_dir() and (bundle is not None or (candidate / _MARKER).is_file()):
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(
        f"the workbench's resources directory is missing (looked in {searched})"
    )


def path(relative: str) -> Path:
    """The file or directory at ``relative`` (a '/'-separated path under ``resources/``).

    Raises FileNotFoundError naming the resource when it does not exist, and ValueError when the
    path is absolute or climbs out of the resources directory.
    """
    parts = PurePosixPath(relative).parts
    if not parts or PurePosixPath(relative).is_absolute() or ".." in parts:
        raise ValueError(f"resource path must be relative and inside resources/: {relative!r}")
    found = root().joinpath(*parts)
    if not found.exists():
        raise FileNotFoundError(f"resource not found: {relative} (expected at {found})")
    return found


def read_text(relative: str, encoding: str = "utf-8") -> str:
    """The text of the resource at ``relative``; FileNotFoundError names it when missing."""
    return path(relative).read_text(encoding=encoding)


def read_bytes(relative: str) -> bytes:
    """The bytes of the resource at ``relative``; FileNotFoundError names it when missing."""
    return path(relative).read_bytes()


def demo_articles() -> list[Path]:
    """The demo articles, in the order they should be shown (sorted by file name)."""
    folder = path("demo")
    return sorted(
        p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in DEMO_SUFFIXES
    )


def icon_sizes() -> dict[int, Path]:
    """The app icon's PNG renderings by pixel size (``icons/workbench-<size>.png``).

    A Qt window icon built from these stays crisp at every size the desktop asks for.
    """
    sizes: dict[int, Path] = {}
    for png in path("icons").glob("workbench-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        if size.isdigit():
            sizes[int(size)] = png
    return dict(sorted(sizes.items()))
