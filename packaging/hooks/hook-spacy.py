"""PyInstaller hook for spaCy, replacing the generic one from pyinstaller-hooks-contrib.

The generic hook collects every submodule and data file: all ~75 languages and spaCy's own test
suite. The workbench only builds English pipelines (``spacy.blank("en")``, or ``en_core_web_*``
when installed), so this keeps English, the shared modules directly under ``spacy.lang``, and the
languages spaCy itself imports at start-up: ``xx`` (for its training converters) and the five
whose tokenizers ``spacy.registrations`` registers (ja, ko, th, vi, zh; their optional
segmenters are not bundled and are only needed to tokenize those languages).
"""
from pathlib import Path

import spacy.lang
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

KEEP_LANGS = {"en", "xx", "ja", "ko", "th", "vi", "zh"}
OTHER_LANGS = sorted(
    d.name for d in Path(spacy.lang.__file__).parent.iterdir()
    if (d / "__init__.py").is_file() and d.name not in KEEP_LANGS
)


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if "tests" in parts:
        return False
    return not (len(parts) > 2 and parts[1] == "lang" and parts[2] in OTHER_LANGS)


hiddenimports = collect_submodules("spacy", filter=_wanted)
datas = collect_data_files(
    "spacy", excludes=["**/tests/**", *[f"lang/{lang}/**" for lang in OTHER_LANGS]]
)
excludedimports = ["spacy.tests", *[f"spacy.lang.{lang}" for lang in OTHER_LANGS]]
