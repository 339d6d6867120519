"""The macOS bundle's Info.plist: app identity and the dossier document type.

Kept out of the spec so it can be checked on any system (``plistlib`` writes it the way
PyInstaller's BUNDLE does) and agree with the Linux MIME type: same extensions, same MIME name.
"""
from __future__ import annotations

APP_ID = "io.github.factcheck.Workbench"
DOSSIER_UTI = f"{APP_ID}.dossier"
DOSSIER_MIME = "application/x-factcheck-dossier"
#: ".wbdossier" is the dossier's own suffix; ".dossier" is what File > New adds today
DOSSIER_EXTENSIONS = ["wbdossier", "dossier"]
#: a dossier is plain SQLite: the app offers to open these, and never claims them
SQLITE_EXTENSIONS = ["sqlite", "sqlite3", "db"]
ICON_FILE = "workbench.icns"


def info_plist(version: str) -> dict[str, object]:
    """The keys PyInstaller merges into the generated Info.plist."""
    return {
        "CFBundleDisplayName": "Fact-check Workbench",
        "CFBundleName": "Workbench",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "LSMinimumSystemVersion": "11.0",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Fact-check dossier",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [DOSSIER_UTI],
                "CFBundleTypeIconFile": ICON_FILE,
            },
            {
                "CFBundleTypeName": "SQLite database",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Alternate",
                "CFBundleTypeExtensions": SQLITE_EXTENSIONS,
            },
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": DOSSIER_UTI,
                "UTTypeDescription": "Fact-check dossier",
                "UTTypeConformsTo": ["public.database", "public.data"],
                "UTTypeIconFile": ICON_FILE,
                "UTTypeTagSpecification": {
                    "public.filename-extension": DOSSIER_EXTENSIONS,
                    "public.mime-type": [DOSSIER_MIME],
                },
            }
        ],
    }
