"""The Windows version resource of the bundled executable, generated from ``workbench.__version__``.

PyInstaller reads the resource from a text file in the format ``pyi-grab_version`` prints; the
spec writes it into the build directory so the version is never typed twice.
"""
from __future__ import annotations

import re
from pathlib import Path

COMPANY = "Fact-check Workbench contributors"
DESCRIPTION = "Fact-check Workbench"
PRODUCT = "Fact-check Workbench"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3rc1"`` -> ``(1, 2, 3, 0)``: the four numbers Windows shows in file properties."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    if not numbers:
        raise ValueError(f"version {version!r} has no numbers")
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_info_text(version: str, exe_name: str = "workbench.exe") -> str:
    """The version resource as PyInstaller's ``version=`` file expects it."""
    nums = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": "workbench",
        "LegalCopyright": f"(c) {COMPANY}, MIT licence",
        "OriginalFilename": exe_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    rows = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={nums},
    prodvers={nums},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{rows}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(version: str, folder: Path, exe_name: str = "workbench.exe") -> Path:
    """Write the resource file into ``folder`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "workbench_version_info.txt"
    target.write_text(version_info_text(version, exe_name), encoding="utf-8")
    return target
