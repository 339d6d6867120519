"""The engine's public surface: every exported name resolves, and importing is cheap."""
from __future__ import annotations

import subprocess
import sys

import workbench


def test_every_exported_name_resolves() -> None:
    for name in workbench.__all__:
        assert getattr(workbench, name) is not None, name


def test_importing_the_package_does_not_load_spacy_or_qt() -> None:
    code = ("import sys, workbench; "
            "print(any(m.split('.')[0] in ('spacy', 'PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
