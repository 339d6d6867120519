"""Entry point of the bundled app (PyInstaller runs this file as ``workbench``).

The bundle answers exactly what the ``workbench`` command answers (``analyze``, ``import``,
``report``, ``gui``, ``--version`` ...), with two additions a desktop needs:

- started with no arguments (a menu entry, the Dock, a double-clicked ``workbench.exe``) it
  opens the app rather than printing usage to a console nobody sees;
- started with one argument that is an existing file and not a subcommand (a dossier
  double-clicked in a file manager, or dropped on the app icon) it opens the app on that file.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def bundle_argv(argv: Sequence[str], commands: Sequence[str]) -> list[str]:
    """The ``workbench`` command line for the bundle started with ``argv`` (without argv[0]).

    ``commands`` are the subcommand names the CLI knows; an argument equal to one of them is
    never taken for a file, even when a file of that name exists in the current directory.
    """
    # macOS before 10.9 passes a process serial number to apps started from Finder.
    args = [a for a in argv if not a.startswith("-psn_")]
    if not args:
        return ["gui"]
    sole = args[0] if len(args) == 1 else None
    if sole and sole not in commands and not sole.startswith("-") and os.path.isfile(sole):
        return ["gui", sole]
    return list(args)


def _commands() -> list[str]:
    import argparse

    from workbench.cli import build_parser

    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def run() -> int:
    from workbench.cli import main

    return main(bundle_argv(sys.argv[1:], _commands()))


if __name__ == "__main__":
    sys.exit(run())
