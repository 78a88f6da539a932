"""The window's speed: start-up beside a bare PySide6 window, unlock, switching pages.

Start-up is timed from process start to the first window on screen (under Xvfb when it
is installed, else Qt's offscreen platform), for WrapDesk and for a bare PySide6 window
in the same run (goal: at most 1.10x). Unlock is timed beyond the KDF's own time for the
ten-year plan (goal: at most 150 ms), and page switches for every page (goal: 50 ms).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import print_table

SHOWN = "WINDOW-SHOWN"
BARE = f"""
import time, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1000, 700); w.show()
QTimer.singleShot(0, lambda: (print("{SHOWN}", flush=True), app.quit()))
app.exec()
"""
WRAPDESK = f"""
import sys
from PySide6.QtCore import QTimer
from wrapdesk.app import build
app, window, _ = build([])
window.show()
window.start()
QTimer.singleShot(0, lambda: (print("{SHOWN}", flush=True), app.quit()))
app.exec()
"""


def start_up(code: str, env: dict[str, str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if SHOWN not in out.stdout:
            raise RuntimeError(out.stderr[-2000:])
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def start_up_rows() -> list[tuple[str, ...]]:
    home = tempfile.mkdtemp(prefix="wrapdesk-bench-home-")
    env = dict(
        os.environ,
        HOME=home,
        XDG_CONFIG_HOME=f"{home}/.config",
        XDG_DATA_HOME=f"{home}/.local/share",
    )
    # As an installed app runs: with compiled bytecode (the warm-up runs write it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    xvfb = shutil.which("Xvfb")
    server = None
    if xvfb:
        server = subprocess.Popen(
            [xvfb, ":97", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
        env.update(DISPLAY=":97", QT_QPA_PLATFORM="xcb")
    try:
        start_up(BARE, env, runs=2)  # warm the disk cache for both
        start_up(WRAPDESK, env, runs=2)
        bare = start_up(BARE, env)
        ours = start_up(WRAPDESK, env)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
        shutil.rmtree(home, ignore_errors=True)
    where = "Xvfb" if xvfb else "offscreen"
    return [(where, f"{bare * 1000:.0f}", f"{ours * 1000:.0f}", f"{ours / bare:.2f}x")]


def in_process_rows() -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from plan_generator import generate
    from wrapdesk.services.plan_file import PlanFile
    from wrapdesk.ui.main_window import MainWindow
    from wrapdesk.ui.settings import AppSettings
    from wrapdesk.ui.tasks import TaskRunner
    from wrapdesk.vault import FLOOR
    from wrapdesk.vault.kdf import time_params

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="wrapdesk-bench-"))
    path = folder / "ten-years.wrapdesk"
    plan, _ = PlanFile.create(path, "ten years", kdf=FLOOR, db=generate())
    plan.close()
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, TaskRunner())
    window.resize(1200, 800)
    window.show()
    kdf = statistics.median(time_params(FLOOR) for _ in range(3))
    unlock_times = []
    for _ in range(5):
        start = time.perf_counter()
        opened = PlanFile.open(path, "ten years")
        window._start_session(opened)
        QCoreApplication.processEvents()
        unlock_times.append(time.perf_counter() - start)
        window.close_plan()
    unlock = statistics.median(unlock_times)
    unlock_rows = [
        ("ten years", f"{unlock * 1000:.0f}", f"{kdf * 1000:.0f}", f"{(unlock - kdf) * 1000:.0f}")
    ]
    window._start_session(PlanFile.open(path, "ten years"))
    view = window.view
    assert view is not None
    page_rows = []
    view._warm.stop()
    for page in view.sidebar.page_keys():
        start = time.perf_counter()
        view.show_page(page)
        QCoreApplication.processEvents()
        first = time.perf_counter() - start
        view.show_page("overview")
        QCoreApplication.processEvents()
        start = time.perf_counter()
        view.show_page(page)
        QCoreApplication.processEvents()
        again = time.perf_counter() - start
        page_rows.append((page, f"{first * 1000:.1f}", f"{again * 1000:.1f}"))
    window.close_plan()
    shutil.rmtree(folder, ignore_errors=True)
    app.quit()
    return unlock_rows, page_rows


def main() -> None:
    print_table(
        "Start-up to the first window, WrapDesk beside a bare PySide6 window (goal <= 1.10x)",
        ("screen", "bare PySide6 ms", "WrapDesk ms", "ratio"),
        start_up_rows(),
    )
    unlock_rows, page_rows = in_process_rows()
    print_table(
        "Unlock (open, decrypt, load, build the window) beyond the KDF (goal <= 150 ms)",
        ("plan", "unlock + window ms", "KDF ms", "beyond KDF ms"),
        unlock_rows,
    )
    page_rows.sort(key=lambda r: -float(r[1]))
    print_table(
        "Switching pages, ten-year plan (goal <= 50 ms). In the app, pages are built in idle "
        "time after unlocking, so a switch costs the 'again' figure; 'cold' is a page built "
        "on demand",
        ("page", "cold ms", "again ms"),
        page_rows[:12],
    )


if __name__ == "__main__":
    main()
