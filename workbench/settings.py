"""The checker's preferences: a typed dataclass with its defaults in code, saved as JSON.

The file lives under ``platformdirs.user_config_dir("factcheck-workbench")``. The
``WORKBENCH_CONFIG_DIR`` environment variable points somewhere else, so tests and CI never read
or write the real home directory. Window geometry is not kept here (the UI keeps it in
QSettings); this file holds only what the engine and the reports also need.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "factcheck-workbench"
ENV_DIR = "WORKBENCH_CONFIG_DIR"
FILE_NAME = "preferences.json"
#: how many recently opened dossiers are remembered
MAX_RECENT = 10


@dataclass
class Preferences:
    """What the checker set once and expects to be remembered."""

    #: the name written on every ruling and in the reports' ``author``
    checker: str = ""
    organisation: str = ""
    #: recently opened dossiers, most recent first
    recent: list[str] = field(default_factory=list)
    #: the dossier the app opens at start; empty means the demo dossier
    last_dossier: str = ""
    #: default report format for "Export"
    report_format: str = "html"

    def add_recent(self, path: str | Path) -> None:
        """Put ``path`` first in ``recent`` (once), keeping at most ``MAX_RECENT`` entries."""
        p = str(Path(path).resolve())
        self.recent = [p] + [r for r in self.recent if r != p]
        del self.recent[MAX_RECENT:]


def config_dir() -> Path:
    """The directory preferences live in (``WORKBENCH_CONFIG_DIR`` wins when set)."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME))


def preferences_path() -> Path:
    return config_dir() / FILE_NAME


def load_preferences() -> Preferences:
    """The saved preferences, or the defaults when there is no file.

    A damaged or hand-edited file never stops the app: unknown keys and values of the wrong type
    are ignored and the defaults used in their place.
    """
    path = preferences_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    return _from_dict(raw)


def save_preferences(prefs: Preferences) -> None:
    """Write ``prefs`` atomically (a temporary file renamed over the old one)."""
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(asdict(prefs), indent=2, ensure_ascii=False)
    # Renaming over the old file means a crash mid-write leaves the previous preferences intact.
    fd, tmp = tempfile.mkstemp(prefix=".preferences-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _from_dict(raw: dict[str, Any]) -> Preferences:
    defaults = Preferences()
    values: dict[str, Any] = {}
    for f in fields(Preferences):
        if f.name not in raw:
            continue
        value = raw[f.name]
        default = getattr(defaults, f.name)
        if isinstance(default, list):
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                values[f.name] = list(value)
        elif isinstance(value, type(default)):
            values[f.name] = value
    return Preferences(**values)
