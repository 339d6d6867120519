"""The installer files agree with each other and with the app: one app id, one MIME type, one
version; the icons are valid containers; the bundle's entry point opens a double-clicked dossier;
the Linux install script installs and removes a bundle. None of this needs a built bundle."""
from __future__ import annotations

import configparser
import functools
import importlib.util
import os
import plistlib
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from workbench import __version__

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "io.github.factcheck.Workbench"
MIME = "application/x-factcheck-dossier"
COMMANDS = ["analyze", "import", "claims", "rule", "report", "gui"]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the bundle's entry point -------------------------------------------------------------------

def test_no_arguments_opens_the_app() -> None:
    assert _load("entry").bundle_argv([], COMMANDS) == ["gui"]


def test_a_double_clicked_dossier_opens_the_app_on_it(tmp_path: Path) -> None:
    dossier = tmp_path / "fire.wbdossier"
    dossier.write_bytes(b"SQLite format 3\x00")
    entry = _load("entry")
    assert entry.bundle_argv([str(dossier)], COMMANDS) == ["gui", str(dossier)]
    # macOS Finder adds a process serial number on old systems
    assert entry.bundle_argv(["-psn_0_1234", str(dossier)], COMMANDS) == ["gui", str(dossier)]


def test_subcommands_pass_through_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = _load("entry")
    assert entry.bundle_argv(["--version"], COMMANDS) == ["--version"]
    assert entry.bundle_argv(["analyze", "a.txt"], COMMANDS) == ["analyze", "a.txt"]
    # a file that happens to be named like a subcommand is still the subcommand
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report").write_text("x", encoding="utf-8")
    assert entry.bundle_argv(["report"], COMMANDS) == ["report"]
    # a path that does not exist is left for the CLI to reject with its usual message
    assert entry.bundle_argv(["missing.wbdossier"], COMMANDS) == ["missing.wbdossier"]


def test_entry_knows_the_cli_subcommands() -> None:
    commands = _load("entry")._commands()
    assert {"analyze", "import", "gui"} <= set(commands)


# -- Linux desktop integration ------------------------------------------------------------------

def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_dossiers_in_the_app() -> None:
    entry = _desktop()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split() == ["workbench", "gui", "%f"]
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].rstrip(";").split(";") == [MIME]
    assert entry["Terminal"] == "false"


def test_mime_type_matches_dossier_files() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    (mime,) = root.findall("m:mime-type", ns)
    assert mime.get("type") == MIME
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.wbdossier", "*.dossier"]
    parent = mime.find("m:sub-class-of", ns)
    assert parent is not None and parent.get("type") == "application/vnd.sqlite3"


def test_metainfo_names_the_desktop_entry_and_the_current_version() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("provides/mediatype") == MIME
    assert root.findtext("summary") and root.find("description/p") is not None
    latest = root.find("releases/release")
    assert latest is not None and latest.get("version") == __version__


def _fake_bundle(folder: Path) -> Path:
    """A folder laid out like dist/workbench: the executable, its data, install.sh beside it."""
    bundle = folder / "workbench"
    (bundle / "_internal" / "linux").mkdir(parents=True)
    exe = bundle / "workbench"
    exe.write_text("#!/bin/sh\necho workbench-fake \"$@\"\n", encoding="utf-8")
    exe.chmod(0o755)
    for kind in ("desktop", "mime.xml", "metainfo.xml"):
        shutil.copy2(LINUX / f"{APP_ID}.{kind}", bundle / "_internal" / "linux")
    shutil.copytree(REPO / "resources" / "icons", bundle / "_internal" / "resources" / "icons")
    shutil.copy2(LINUX / "install.sh", bundle / "install.sh")
    return bundle


def _sh(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": "/usr/bin:/bin"}
    return subprocess.run(["sh", *args], env=env, capture_output=True, text=True, check=False)


def test_install_script_installs_and_removes_a_bundle(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "dist")
    prefix = tmp_path / "prefix"

    installed = _sh(str(LINUX / "install.sh"), str(bundle), str(prefix))
    assert installed.returncode == 0, installed.stderr
    launched = subprocess.run([str(prefix / "bin" / "workbench"), "--version"], check=True,
                              capture_output=True, text=True)
    assert launched.stdout.strip() == "workbench-fake --version"
    desktop = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text("utf-8")
    assert f"Exec={prefix}/lib/workbench/workbench gui %f" in desktop
    assert (prefix / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    hicolor = prefix / "share" / "icons" / "hicolor"
    assert (hicolor / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    removed = _sh(str(LINUX / "install.sh"), "--uninstall", str(prefix))
    assert removed.returncode == 0, removed.stderr
    assert not (prefix / "lib" / "workbench").exists()
    assert not (prefix / "bin" / "workbench").exists()
    assert not (prefix / "share" / "applications" / f"{APP_ID}.desktop").exists()


def test_install_script_inside_an_unpacked_bundle_installs_that_bundle(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "Downloads")
    prefix = tmp_path / "prefix"
    installed = _sh(str(bundle / "install.sh"), "", str(prefix))
    assert installed.returncode == 0, installed.stderr
    assert (prefix / "lib" / "workbench" / "workbench").is_file()
    assert (prefix / "lib" / "workbench" / "install.sh").is_file()


def test_install_script_refuses_a_missing_bundle(tmp_path: Path) -> None:
    run = _sh(str(LINUX / "install.sh"), str(tmp_path / "nothing"), str(tmp_path / "prefix"))
    assert run.returncode != 0
    assert "no bundle at" in run.stderr and "make package" in run.stderr
    assert not (tmp_path / "prefix").exists()


# -- Windows and macOS ---------------------------------------------------------------------------

def _record(
    name: str, *args: object, **kwargs: object
) -> tuple[str, tuple[object, ...], dict[str, object]]:
    return name, args, kwargs


def test_windows_version_resource_carries_the_app_version(tmp_path: Path) -> None:
    winversion = _load("winversion")
    text = winversion.write_version_file(__version__, tmp_path).read_text("utf-8")
    # the file is a Python expression over PyInstaller's versioninfo classes; evaluate it with
    # stand-ins that record their arguments (the real classes need pefile, Windows-only)
    strings: dict[str, str] = {}
    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "VarFileInfo",
             "VarStruct"]
    namespace: dict[str, object] = {n: functools.partial(_record, n) for n in names}
    namespace["StringStruct"] = lambda key, value: strings.setdefault(key, value)
    _, _, info = eval(text, namespace)  # our own generated file
    assert info["ffi"][2]["filevers"] == winversion.version_tuple(__version__)
    assert strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "workbench.exe"


@pytest.mark.parametrize(("version", "expected"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)),
    ("3.4.5+local.7", (3, 4, 5, 0)),
])
def test_version_tuple(version: str, expected: tuple[int, int, int, int]) -> None:
    assert _load("winversion").version_tuple(version) == expected


def test_macos_info_plist_declares_the_dossier_type_like_linux_does() -> None:
    macos = _load("macos")
    plist = plistlib.loads(plistlib.dumps(macos.info_plist(__version__)))
    assert plist["CFBundleShortVersionString"] == __version__
    (declared,) = plist["UTExportedTypeDeclarations"]
    owner = plist["CFBundleDocumentTypes"][0]
    assert owner["LSHandlerRank"] == "Owner"
    assert owner["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.mime-type"] == [MIME]
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    linux_globs = [g.get("pattern") for g in
                   ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot().iterfind("m:*/m:glob", ns)]
    assert [f"*.{ext}" for ext in tags["public.filename-extension"]] == linux_globs
    # SQLite files are offered, never taken over from the user's database tools
    assert all(t["LSHandlerRank"] in ("Owner", "Alternate") for t in plist["CFBundleDocumentTypes"])
    assert plist["CFBundleDocumentTypes"][1]["LSHandlerRank"] == "Alternate"
    assert (PACKAGING / "icons" / owner["CFBundleTypeIconFile"]).is_file()


def test_ico_holds_every_size_as_png() -> None:
    data = (PACKAGING / "icons" / "workbench.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        entry = data[6 + 16 * i:22 + 16 * i]
        width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", entry)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_the_sizes_finder_asks_for() -> None:
    data = (PACKAGING / "icons" / "workbench.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, at = set(), 8
    while at < len(data):
        kind, length = data[at:at + 4], struct.unpack(">I", data[at + 4:at + 8])[0]
        assert data[at + 8:at + 16] == b"\x89PNG\r\n\x1a\n", kind
        kinds.add(kind.decode())
        at += length
    assert at == len(data)
    assert {"icp4", "icp5", "ic07", "ic08", "ic09", "ic10"} - kinds == {"ic10"}
    assert {"ic11", "ic12", "ic13", "ic14"} <= kinds


def test_spec_keeps_tests_and_build_tools_out_of_the_bundle() -> None:
    spec = (PACKAGING / "workbench.spec").read_text("utf-8")
    for module in ("tests", "pytest", "hypothesis", "quantulum3", "mypy", "PyInstaller"):
        assert f'"{module}"' in spec, module
