"""Write the README's screenshots from the demo dossier: ``python -m scripts.screenshots``.

docs/screenshots/main-window.png (light palette) and main-window-dark.png (dark palette), each
1600x1000 with the first conflicting claim selected. Runs offscreen; touches no user files (the
demo dossier, preferences and window settings all live in a temporary folder).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SHOTS = (("main-window.png", False), ("main-window-dark.png", True))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="workbench-shots-") as tmp:
        os.environ["WORKBENCH_DATA_DIR"] = tmp
        os.environ["WORKBENCH_CONFIG_DIR"] = tmp
        # Imported only now, so the environment above is what they see.
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtGui import QPalette

        from ui.app import SCREENSHOT_SIZE, create_app, save_screenshot
        from ui.controller import DossierController
        from ui.main_window import MainWindow
        from ui.tasks import TaskRunner
        from ui.theme import dark_palette
        from workbench.dossier import Dossier
        from workbench.settings import Preferences

        app = create_app()
        light = QPalette(app.palette())
        demo = Path(tmp) / "demo.dossier"
        Dossier.create_demo(demo).close()
        for name, dark in SHOTS:
            app.setPalette(dark_palette() if dark else light)
            controller = DossierController(TaskRunner(), Preferences(checker="Ana Ruiz"))
            window = MainWindow(controller, app.windowIcon(), restore=False)
            window.resize(SCREENSHOT_SIZE)
            window.show()
            if not controller.open(demo):
                print(f"cannot open {demo}", file=sys.stderr)
                return 1
            loop = QEventLoop()
            QTimer.singleShot(400, loop.quit)  # let the plot and panes finish laying out
            loop.exec()
            out = save_screenshot(window, OUT / name)
            print(f"wrote {out.relative_to(OUT.parent.parent)}")
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
