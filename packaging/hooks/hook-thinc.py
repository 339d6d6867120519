"""PyInstaller hook for thinc, replacing pyinstaller-hooks-contrib's: the same modules and data,
without thinc's test suite (which the spec excludes, so collecting it only adds warnings)."""
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("thinc", filter=lambda name: "tests" not in name.split("."))
datas = collect_data_files("thinc", excludes=["**/tests/**"])
