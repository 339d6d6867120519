"""UI test set-up: every test gets its own preferences, data folder and QSettings under tmp_path.

Nothing a test does reaches the real home directory, and no test sees another's saved layout.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def isolated_user_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "user-config"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QCoreApplication.setOrganizationName("factcheck-workbench-tests")
    yield


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo dossier, analysed once per session (each test works on its own copy)."""
    from workbench.dossier import Dossier

    path = tmp_path_factory.mktemp("demo") / "demo.dossier"
    Dossier.create_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.dossier"
    shutil.copy(demo_template, copy)
    return copy
