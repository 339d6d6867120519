"""The wheel that ``pip install`` gets carries both packages and every resource, and finds its
resources once installed, away from the checkout."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _tracked_files() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout
    return [name for name in out.split("\0") if name and (REPO / name).is_file()]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built offline from a copy of the files in git (what a fresh clone holds)."""
    source = tmp_path_factory.mktemp("clone")
    for name in _tracked_files():
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target)
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "--quiet", "-w", str(out), str(source)],
        check=False, capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr
    (found,) = out.glob("factcheck_workbench-*.whl")
    return found


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.slow
def test_wheel_has_every_module_of_both_packages(names: set[str]) -> None:
    modules = [
        n for n in _tracked_files() if n.endswith(".py") and n.split("/")[0] in ("workbench", "ui")
    ]
    assert "workbench/__init__.py" in modules and "ui/__init__.py" in modules
    assert [m for m in modules if m not in names] == []


@pytest.mark.slow
def test_wheel_has_every_resource_in_git(names: set[str]) -> None:
    tracked = [n for n in _tracked_files() if n.startswith("resources/")]
    assert "resources/__init__.py" in tracked
    assert any(n.startswith("resources/demo/") for n in tracked)
    assert [n for n in tracked if n not in names] == []


@pytest.mark.slow
def test_wheel_leaves_out_tests_and_packaging(names: set[str]) -> None:
    top = {n.split("/")[0] for n in names if "/" in n and ".dist-info/" not in n}
    assert top == {"workbench", "ui", "resources"}


@pytest.mark.slow
def test_wheel_declares_the_workbench_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (entry_points,) = [
            n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")
        ]
        text = archive.read(entry_points).decode()
    assert "workbench = workbench.cli:main" in text


@pytest.mark.slow
def test_installed_wheel_finds_its_resources_away_from_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site-packages"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from workbench import resources;"
        "print(resources.__file__); print(resources.root());"
        "print(len(resources.demo_articles())); print(resources.path('icons/workbench.svg'))"
    )
    run = subprocess.run(
        [sys.executable, "-I", "-c", probe, str(site)],
        check=False, cwd=tmp_path, capture_output=True, text=True,
    )
    assert run.returncode == 0, run.stderr
    module, root, count, icon = run.stdout.splitlines()
    assert Path(module).is_relative_to(site)
    assert Path(root) == site / "resources"
    assert int(count) >= 3
    assert Path(icon) == site / "resources" / "icons" / "workbench.svg"
