"""Smoke test of the built one-folder app (``make package-test`` builds it from a fresh clone and
runs this). Deselected by default (marker ``bundle``): it needs ``dist/workbench`` from
``make package``. Everything runs offscreen, with HOME and the app's data folders in tmp_path so
the test never touches the user's own dossiers or preferences."""
from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import __version__

REPO = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("WORKBENCH_BUNDLE", REPO / "dist" / "workbench"))
EXE = BUNDLE / ("workbench.exe" if sys.platform == "win32" else "workbench")
DEMO = REPO / "resources" / "demo"
TIMEOUT = 300

pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module", autouse=True)
def _bundle_exists() -> None:
    assert EXE.is_file(), f"no bundle at {EXE}: run `make package` first"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TMPDIR")}
    return {
        **keep,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "WORKBENCH_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(
    env: dict[str, str], *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(EXE), *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)
    assert done.returncode == 0, f"workbench {' '.join(args)} failed:\n{done.stderr}"
    return done


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_version(env: dict[str, str], tmp_path: Path) -> None:
    assert run(env, "--version", cwd=tmp_path).stdout.strip() == f"workbench {__version__}"


def test_analyze_the_demo_articles(env: dict[str, str], tmp_path: Path) -> None:
    articles = shutil.copytree(DEMO, tmp_path / "articles")
    result = json.loads(run(env, "analyze", "--quiet", "--format", "json", str(articles),
                            cwd=tmp_path).stdout)
    assert result["errors"] == []
    assert len(result["articles"]) == 4
    # the spaCy pipeline runs inside the bundle: bounds are read, wire copy is found
    assert any(f["value"] == 12 and f["bound"] == "at_least" for f in result["figures"])
    by_id = {a["id"]: Path(a["path"]).name for a in result["articles"]}
    pairs = {tuple(sorted(by_id[a] for a in p["articles"])) for p in result["shared_passages"]}
    assert ("01-mpa-wire.txt", "04-radio-ellery.txt") in pairs


def test_import_then_report(env: dict[str, str], tmp_path: Path) -> None:
    dossier = tmp_path / "fire.wbdossier"
    run(env, "import", str(dossier), str(DEMO), cwd=tmp_path)
    html = tmp_path / "report.html"
    run(env, "report", str(dossier), "--format", "html", "--output", str(html), cwd=tmp_path)
    assert "Dunmarrow" in html.read_text("utf-8")
    data = json.loads(run(env, "report", str(dossier), "--format", "json", "--output", "-",
                          cwd=tmp_path).stdout)
    assert data  # a parseable JSON report of the imported dossier
    assert "Dunmarrow" in json.dumps(data)


def test_gui_screenshot_of_the_demo(env: dict[str, str], tmp_path: Path) -> None:
    shot = tmp_path / "demo.png"
    run(env, "gui", "--screenshot", str(shot), cwd=tmp_path)
    width, height = png_size(shot)
    assert width >= 800 and height >= 500


def test_gui_screenshot_of_a_dossier_given_on_the_command_line(
    env: dict[str, str], tmp_path: Path
) -> None:
    dossier = tmp_path / "fire.wbdossier"
    run(env, "import", str(dossier), str(DEMO / "02-valley-courier.txt"), cwd=tmp_path)
    shot = tmp_path / "dossier.png"
    run(env, "gui", str(dossier), "--screenshot", str(shot), cwd=tmp_path)
    assert png_size(shot)[0] >= 800


def test_bundle_holds_every_resource_and_no_test_tools() -> None:
    internal = BUNDLE / "_internal"
    bundled = internal / "resources"
    for source in (REPO / "resources").rglob("*"):
        if source.is_file() and "__pycache__" not in source.parts:
            assert (bundled / source.relative_to(REPO / "resources")).is_file(), source
    for tool in ("pytest", "_pytest", "hypothesis", "quantulum3", "mypy", "PyInstaller"):
        assert not (internal / tool).exists(), tool
    assert not list((internal / "spacy").glob("tests")), "spaCy's test suite is bundled"


@pytest.mark.skipif(sys.platform != "linux", reason="install.sh is the Linux installer")
def test_unpacked_bundle_installs_itself(env: dict[str, str], tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    installed = subprocess.run(["sh", str(BUNDLE / "install.sh"), "", str(prefix)], env=env,
                               capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert installed.returncode == 0, installed.stderr
    launcher = prefix / "bin" / "workbench"
    version = subprocess.run([str(launcher), "--version"], env=env, capture_output=True,
                             text=True, timeout=TIMEOUT, check=False)
    assert version.stdout.strip() == f"workbench {__version__}"
    desktop = prefix / "share" / "applications" / "io.github.factcheck.Workbench.desktop"
    assert f"Exec={prefix}/lib/workbench/workbench gui %f" in desktop.read_text("utf-8")


#: what Qt's X11 platform plugin needs beyond the libxcb every desktop has (Debian packages
#: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1); see packaging/README.md
XCB_PLUGIN_LIBS = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")


@pytest.mark.skipif(sys.platform != "linux", reason="Qt's X11 plugin is Linux only")
def test_bundle_carries_what_the_x11_plugin_needs() -> None:
    # PyInstaller copies these only when the build machine has them. Built without them, the
    # bundle passes every offscreen test above yet opens no window on a laptop that lacks them
    # ("Could not load the Qt platform plugin xcb").
    missing = [lib for lib in XCB_PLUGIN_LIBS if not (BUNDLE / "_internal" / lib).is_file()]
    assert not missing, (f"{', '.join(missing)} not in the bundle: install them on the build "
                         "machine and rebuild (packaging/README.md, 'Linux build machine')")
