"""The ``workbench`` command: analyze, import, claims, rule, report, gui.

Each group of subcommands lives in its own module with a ``register(subparsers)`` function that
adds its parsers and sets ``func`` on them; this module only wires them together.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from workbench import __version__

#: modules that add subcommands; each has ``register(subparsers) -> None``
REGISTRARS: list[str] = [
    "workbench.cli_analyze",
    "workbench.cli_dossier",
    "workbench.cli_report",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Line up the figures news reports give for one event and flag conflicts.",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in REGISTRARS:
        importlib.import_module(name).register(sub)
    gui = sub.add_parser("gui", help="open the desktop app (the demo dossier by default)")
    gui.add_argument("dossier", nargs="?", help="dossier file to open")
    gui.add_argument("--screenshot", metavar="FILE", help="render the main window to a PNG and exit")
    gui.add_argument("--dark", action="store_true", help="use the dark palette")
    gui.set_defaults(func=_run_gui)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    # The engine never imports Qt statically (import-linter contract); the command line is the
    # one place that hands over to the app, and does so by name at run time.
    app = importlib.import_module("ui.app")
    return int(app.main_from_args(args))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`workbench analyze ... | head`): stop quietly
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
