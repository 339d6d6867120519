"""`workbench gui --screenshot` on a machine with no display (SSH, CI, cron): it falls back to
Qt's offscreen platform instead of aborting with "could not connect to display"."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui.app import headless_platform

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "linux", "offscreen"),
        ({"DISPLAY": ""}, "linux", "offscreen"),
        ({}, "freebsd14", "offscreen"),
        ({"DISPLAY": ":0"}, "linux", None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", None),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", None),  # the user's choice is kept
        ({}, "win32", None),  # a native window server, no variable to look at
        ({}, "darwin", None),
    ],
)
def test_headless_platform(environ: dict[str, str], platform: str, expected: str | None) -> None:
    assert headless_platform(environ, platform) == expected


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland only")
def test_screenshot_without_a_display_falls_back_to_offscreen(
    demo_path: Path, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "gui", str(demo_path), "--screenshot", str(out)],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=240, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "could not connect to display" not in done.stderr
    assert QImage(str(out)).width() == 1600
