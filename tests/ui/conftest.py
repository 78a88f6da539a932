"""Fixtures for tests that drive the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers import CHEAP_KDF, PASSPHRASE
from wrapdesk.services.plan_file import PlanFile
from wrapdesk.ui.gc_guard import GuiThreadCollector
from wrapdesk.ui.main_window import MainWindow
from wrapdesk.ui.session import PlanSession
from wrapdesk.ui.settings import AppSettings
from wrapdesk.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does: garbage is collected from a GUI-thread timer, never elsewhere."""
    collector = GuiThreadCollector()
    yield
    collector.stop(give_back=False)  # tests/conftest.py keeps automatic collection off


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English as the app loads it: ``wrapdesk_en.qm``, whose plural forms turn
    "%n [copy|copies]" into "1 copy" and "4 copies". Taken out again afterwards."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from wrapdesk.bundled import translations_dir

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "wrapdesk_en.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def text_size(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """The application font at the text size setting's smallest and largest (as
    ``app.Appearance`` sets it); the font before is put back afterwards."""
    font = qapp.font()
    sized = qapp.font()
    sized.setPointSizeF(max(11.0, font.pointSizeF()) * request.param)
    qapp.setFont(sized)
    yield request.param
    qapp.setFont(font)


@pytest.fixture
def app_settings(tmp_path: Path, qapp: QApplication) -> AppSettings:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppSettings(store)


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plans" / "my-plan.wrapdesk"
    plan, _ = PlanFile.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    plan.close()
    return path


@pytest.fixture
def session(plan_path: Path, tasks: TaskRunner) -> Iterator[PlanSession]:
    plan = PlanFile.open(plan_path, PASSPHRASE)
    live = PlanSession(plan, tasks, autosave_ms=50)
    yield live
    if not live.is_locked:
        live.close()
    else:
        plan.close()


@pytest.fixture
def window(qtbot: QtBot, app_settings: AppSettings, tasks: TaskRunner) -> Iterator[MainWindow]:
    win = MainWindow(app_settings, tasks)
    qtbot.addWidget(win)
    win.show()
    yield win
    win._closing = True
    if win.session is not None:
        win.session.close()
        win.session = None
