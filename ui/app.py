"""Starting the desktop app: the QApplication, the first dossier, and ``--screenshot``.

``workbench gui [DOSSIER] [--screenshot FILE]`` lands in :func:`main_from_args`. The window is
shown first and everything slow happens after it, in the background: building the demo dossier
on first launch and loading spaCy (``DossierController.warm_up``), so the time to the first
window does not include them.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui.controller import DossierController
from ui.main_window import APP_TITLE, MainWindow
from ui.tasks import TaskRunner
from ui.theme import dark_palette
from workbench import __version__, resources
from workbench.settings import APP_NAME, load_preferences

#: overrides where the demo dossier lives (tests point it at a temporary folder)
DATA_DIR_ENV = "WORKBENCH_DATA_DIR"
DEMO_NAME = "demo.dossier"
SCREENSHOT_SIZE = QSize(1600, 1000)


def data_dir() -> Path:
    """Where the app keeps its own files (the demo dossier): platformdirs' user data dir."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def demo_path() -> Path:
    return data_dir() / DEMO_NAME


def app_icon() -> QIcon:
    """The app icon: the PNG renderings at every size, and the SVG for anything larger."""
    icon = QIcon()
    try:
        for png in resources.icon_sizes().values():
            icon.addFile(str(png))
        icon.addFile(str(resources.path(resources.APP_ICON)))
    except FileNotFoundError:
        pass  # a broken installation still runs, with the platform's default icon
    return icon


def create_app(argv: Sequence[str] | None = None, dark: bool = False) -> QApplication:
    """The QApplication (created once), named so QSettings and the desktop know the app."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_TITLE)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    # Fusion draws the same on every platform and follows the palette fully (light and dark).
    app.setStyle("Fusion")
    if dark:
        app.setPalette(dark_palette())
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("io.github.factcheck.Workbench")  # matches the installed .desktop
    return app


def open_initial(controller: DossierController, dossier: str | None, demo: bool) -> None:
    """Open ``dossier``, else (unless ``demo`` is forced) the last one, else the demo."""
    if dossier:
        path = Path(dossier).expanduser()
        if controller.open(path, create=not path.exists()) and not path.exists():
            controller.message.emit(f"Created {path.name}")
        return
    last = controller.prefs.last_dossier
    if not demo and last and Path(last).exists() and controller.open(last):
        return
    controller.open_demo(demo_path())


def when_ready(controller: DossierController, callback: Callable[[], None]) -> None:
    """Call ``callback`` once a dossier is open and no write is running or queued."""

    def check() -> None:
        busy = any(t.lane for t in controller.runner.active())
        if controller.dossier is not None and not busy:
            timer.stop()
            callback()

    timer = QTimer(controller)
    timer.setInterval(50)
    timer.timeout.connect(check)
    timer.start()


def save_screenshot(window: MainWindow, output: str | Path) -> Path:
    """Render the window (not the screen: works offscreen) to a PNG."""
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    if not window.grab().save(str(out), "PNG"):
        raise OSError(f"{out}: cannot write the screenshot")
    return out


def headless_platform(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """The Qt platform a ``--screenshot`` needs where there is no display to connect to.

    On Linux and the BSDs a window needs an X11 or Wayland display; with neither ``DISPLAY``
    nor ``WAYLAND_DISPLAY`` set (an SSH session, CI, a cron job) Qt aborts with "could not
    connect to display". A screenshot renders the window, not the screen, so it can use the
    ``offscreen`` platform instead. ``None`` when Qt's own choice is fine: a platform is
    already chosen (``QT_QPA_PLATFORM``), a display is there, or the system has its own window
    server (Windows, macOS) that needs no variable.
    """
    if platform.startswith(("win", "darwin")) or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return "offscreen"


def main_from_args(args: argparse.Namespace) -> int:
    """``workbench gui``: show the window, open a dossier, run (or take a screenshot and exit)."""
    screenshot: str | None = getattr(args, "screenshot", None)
    if screenshot and (fallback := headless_platform(os.environ)):
        os.environ["QT_QPA_PLATFORM"] = fallback  # read when the QApplication is created
    app = create_app(dark=bool(getattr(args, "dark", False)))
    runner = TaskRunner()
    controller = DossierController(runner, load_preferences())
    window = MainWindow(controller, app.windowIcon(), restore=screenshot is None)
    if screenshot:
        window.resize(SCREENSHOT_SIZE)
    window.show()
    # Everything slow starts once the event loop runs, i.e. after the window is on screen.
    QTimer.singleShot(0, lambda: open_initial(controller, getattr(args, "dossier", None),
                                              demo=bool(screenshot)))
    if not screenshot:  # a screenshot needs no language model (building the demo loads its own)
        QTimer.singleShot(0, controller.warm_up)
    status = {"code": 0}
    if screenshot:
        def failed(title: str, text: str) -> None:
            print(f"workbench gui: {title}: {text}", file=sys.stderr)
            status["code"] = 1
            app.exit(1)

        def shoot() -> None:
            # Let the plot and the panes finish laying out before rendering.
            QTimer.singleShot(300, lambda: (save_screenshot(window, screenshot), app.exit(0)))

        controller.errorOccurred.connect(failed)
        when_ready(controller, shoot)
    code = app.exec() or status["code"]
    window.close()
    if screenshot and code == 0:
        print(f"screenshot written to {screenshot}")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """The ``workbench-gui`` entry point: the same as ``workbench gui``."""
    from workbench.cli import main as cli_main

    return cli_main(["gui", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
