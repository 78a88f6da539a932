"""The main window: welcome, unlock, the open plan; menus, shortcuts, saving and locking.

Locking (Ctrl+L, after a while without use, when the screen locks or the machine goes to
sleep) saves first, then throws away every widget that showed the plan and forgets the
key. If the save fails, nothing is thrown away: the banner says why and the plan stays.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from wrapdesk.ui import settings as keys
from wrapdesk.ui.cards import GRID, TRANSLATE, commit_drafts
from wrapdesk.ui.confirm import ask, tell

if TYPE_CHECKING:
    from wrapdesk.ui.plan_view import PlanView
    from wrapdesk.vault import RecoveryKey
from wrapdesk.ui.icons import attach_all, later
from wrapdesk.ui.lock_watch import DesktopLockSignals, IdleWatch
from wrapdesk.ui.session import FAILED, SAVED, SAVING, UNSAVED, PlanSession
from wrapdesk.ui.settings import AppSettings
from wrapdesk.ui.tasks import TaskRunner
from wrapdesk.ui.unlock_page import UnlockPage
from wrapdesk.ui.welcome_page import WelcomePage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """WrapDesk's one main window."""

    def __init__(self, settings: AppSettings, tasks: TaskRunner) -> None:
        super().__init__()
        self.settings = settings
        self.tasks = tasks
        self.session: PlanSession | None = None
        self.view: PlanView | None = None  # built after unlocking (imported then, too)
        self._resume_page = "overview"
        self._closing = False
        self._retranslate_pending = False
        self._rebuild_focus = "language"  # the Settings control to return to after a rebuild
        self._notes_for_later: list[str] = []
        self._locking = False  # between the first step of lock() and the lock screen
        self.setWindowTitle("WrapDesk")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build_pages()
        self._build_actions()
        self._build_menus()
        self._build_corner()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(12 * GRID)
        self.busy.setMaximumHeight(GRID)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        tasks.busy_changed.connect(self.busy.setVisible)
        self.idle = IdleWatch(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        self.desktop_lock = DesktopLockSignals(self)
        self.desktop_lock.lock_requested.connect(self.lock)
        settings.changed.connect(self._on_settings_changed)
        # The desktop going dark (or light) changes the colours built into each screen too.
        QApplication.styleHints().colorSchemeChanged.connect(lambda _s: self._rebuild_later())
        geometry = settings.get(keys.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(
                self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 42
            )
        self._update_actions()

    def _build_pages(self) -> None:
        """The welcome and unlock pages (built again when the language changes)."""
        self.welcome = WelcomePage()
        self.unlock_page = UnlockPage()
        self.stack.insertWidget(0, self.welcome)
        self.stack.insertWidget(1, self.unlock_page)
        self.welcome.create_requested.connect(self.create_plan)
        self.welcome.open_requested.connect(self.choose_plan_file)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.shared_requested.connect(self.open_shared)
        self.unlock_page.unlock_requested.connect(self._on_unlock_page_unlock_requested)
        self.unlock_page.backup_requested.connect(self._on_unlock_page_backup_requested)
        self.unlock_page.cancel_requested.connect(self._on_unlock_page_cancel_requested)
        self.unlock_page.demo_requested.connect(self._on_unlock_page_demo_requested)

    # ------------------------------------------------------------------ a new language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        """A new language was installed: build every word on screen again, once."""
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_pending:
            self._retranslate_pending = True
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Everything on screen again in the language now installed, where it was.

        The plan stays open and unlocked, on the same page; an open Settings window is
        opened again (it is where the language was chosen).
        """
        from wrapdesk.ui.settings_dialog import SettingsDialog

        self._retranslate_pending = False
        if self._closing:
            return
        settings_open = any(d.isVisible() for d in self.findChildren(SettingsDialog))
        for dialog in self.findChildren(SettingsDialog):
            dialog.close()
            dialog.deleteLater()
        self._rebuild_menus()
        self._rebuild_pages()
        if self.view is not None:  # the open plan, on the page it was on
            commit_drafts(self.view)
            page_key = self.view.current
            self._drop_view()
            if self.session is not None and not self.session.is_locked:
                self._show_plan(page_key)
        self._retitle()
        attach_all(self)
        self._update_actions()
        if settings_open:
            self.open_settings()
            for dialog in self.findChildren(SettingsDialog):
                if dialog.isVisible():  # back where the person was
                    getattr(dialog, self._rebuild_focus, dialog.language).setFocus()
        self._rebuild_focus = "language"

    def _rebuild_menus(self) -> None:
        for action in self.findChildren(QAction):
            if action.parent() is self:
                action.deleteLater()
        self.menuBar().clear()
        self._build_actions()
        self._build_menus()
        self.lock_button.setDefaultAction(self.act_lock)

    def _rebuild_pages(self) -> None:
        old_welcome, old_unlock = self.welcome, self.unlock_page
        showing = self.stack.currentWidget()
        self._build_pages()
        if showing is old_unlock and old_unlock.path is not None:
            self.unlock_page.show_for(
                old_unlock.path, locked=old_unlock.locked, demo=old_unlock.demo
            )
            self.stack.setCurrentWidget(self.unlock_page)
        elif showing is old_welcome:
            self.stack.setCurrentWidget(self.welcome)
        for page in (old_welcome, old_unlock):
            self.stack.removeWidget(page)
            page.deleteLater()

    def _retitle(self) -> None:
        """The window title and the status bar's words, in the language now installed."""
        self._fit_corner()
        self.busy.setAccessibleName(self.tr("Working"))
        self.save_label.setAccessibleName(self.tr("Saving"))
        if self.session is None:
            self.setWindowTitle("WrapDesk")
            return
        self._on_session_save_state_changed(self.session.state)
        if self.session.is_demo:
            self.setWindowTitle(self.tr("Demo plan — WrapDesk"))
        else:
            name = self.session.plan.path.stem
            self.setWindowTitle(self.tr("{name} — WrapDesk").format(name=name))

    # ------------------------------------------------------------------ actions and menus

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        meaning: str | None = None,
        *,
        plan: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if meaning:
            later(action, meaning)
        action.triggered.connect(lambda _checked=False: slot())
        action.setProperty("needs_plan", plan)
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey  # noqa: N806 - Qt's name
        self.act_new = self._action(self.tr("&New plan…"), self.create_plan, S.New, "new")
        self.act_open = self._action(self.tr("&Open plan…"), self.choose_plan_file, S.Open, "open")
        self.act_demo = self._action(self.tr("Try the &demo"), self.open_demo, None, "demo")
        self.act_shared = self._action(
            self.tr("Open a plan someone &shared…"), self.open_shared, None, "share"
        )
        self.act_backup = self._action(
            self.tr("&Back up…"), self.back_up, None, "backup", plan=True
        )
        self.act_restore = self._action(self.tr("&Restore…"), self.restore, None, None)
        self.act_print = self._action(
            self.tr("&Print…"),
            lambda: self.print_document("crisis-plan"),
            S.Print,
            "print",
            plan=True,
        )
        self.act_pdf = self._action(
            self.tr("Save as P&DF…"),
            lambda: self.save_pdf("crisis-plan"),
            "Ctrl+Shift+E",
            None,
            plan=True,
        )
        self.act_lock = self._action(self.tr("&Lock"), self.lock, "Ctrl+L", "lock", plan=True)
        self.act_close = self._action(
            self.tr("&Close plan"), self.close_plan, S.Close, None, plan=True
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, S.Quit, None)
        self.act_undo = self._action(self.tr("&Undo"), self.undo, S.Undo, None, plan=True)
        self.act_redo = self._action(self.tr("&Redo"), self.redo, "Ctrl+Shift+Z", None, plan=True)
        self.act_find = self._action(
            self.tr("&Find…"), self.find_in_plan, S.Find, "find", plan=True
        )
        self.act_settings = self._action(
            self.tr("&Settings…"), self.open_settings, "Ctrl+,", "settings"
        )
        self.act_review = self._action(
            self.tr("Start a &review"), self.start_review, None, "reviews", plan=True
        )
        self.act_crisis = self._action(
            self.tr("I've been through a &crisis"), self.after_crisis, None, None, plan=True
        )
        self.act_share = self._action(
            self.tr("&Share with a supporter…"), self.share, None, "share", plan=True
        )
        self.act_key = self._action(
            self.tr("My &supporter key…"), self.supporter_key, None, "key", plan=True
        )
        self.act_custom = self._action(
            self.tr("Add your &own part…"), self.add_custom_section, None, "add", plan=True
        )
        self.act_overview = self._action(
            self.tr("O&verview"), lambda: self.go("overview"), "Ctrl+1", "overview", plan=True
        )
        self.act_people = self._action(
            self.tr("&People"), lambda: self.go("people"), "Ctrl+2", "people", plan=True
        )
        self.act_reviews = self._action(
            self.tr("Re&views"), lambda: self.go("reviews"), "Ctrl+3", "reviews", plan=True
        )
        self.act_versions = self._action(
            self.tr("&Versions and sharing"),
            lambda: self.go("versions"),
            "Ctrl+4",
            "versions",
            plan=True,
        )
        self.act_sidebar = self._action(
            self.tr("Go to the list of &parts"), self.focus_sidebar, "F6", None, plan=True
        )
        self.act_glossary = self._action(
            self.tr("&Glossary"), lambda: self.show_glossary(""), S.HelpContents, "glossary"
        )
        self.act_about = self._action(self.tr("&About WrapDesk"), self.about, None, "info")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addActions([self.act_new, self.act_open, self.act_demo, self.act_shared])
        file.addSeparator()
        file.addActions([self.act_backup, self.act_restore])
        file.addSeparator()
        file.addActions([self.act_print, self.act_pdf])
        file.addSeparator()
        file.addActions([self.act_lock, self.act_close, self.act_quit])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addAction(self.act_find)
        edit.addSeparator()
        edit.addAction(self.act_settings)
        plan = bar.addMenu(self.tr("&Plan"))
        plan.addActions(
            [
                self.act_overview,
                self.act_people,
                self.act_reviews,
                self.act_versions,
                self.act_sidebar,
            ]
        )
        plan.addSeparator()
        plan.addActions(
            [self.act_review, self.act_crisis, self.act_share, self.act_key, self.act_custom]
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_glossary, self.act_about])

    def _build_corner(self) -> None:
        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, GRID, 0)
        self.lock_button = QToolButton()
        self.lock_button.setDefaultAction(self.act_lock)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_button.setAutoRaise(True)
        self.save_label = QLabel("")
        self.save_label.setAccessibleName(self.tr("Saving"))
        row.addWidget(self.lock_button)
        row.addWidget(self.save_label)
        self._corner = corner  # PySide does not take ownership through setCornerWidget
        self._fit_corner()

    def _fit_corner(self) -> None:
        """Room in the menu bar's corner for the longest word it may show, in this language
        and text size, so "Not saved yet" or a longer translation is never cut."""
        words = [
            self.tr("Saved"),
            self.tr("Saving…"),
            self.tr("Not saved yet"),
            self.tr("Not saved"),
            self.tr("Demo: not kept"),
            self.tr("Locked"),
        ]
        metrics = self.save_label.fontMetrics()
        self.save_label.setMinimumWidth(max(metrics.horizontalAdvance(w) for w in words) + GRID)
        self.lock_button.setMinimumWidth(self.lock_button.sizeHint().width())
        self._corner.adjustSize()
        self.menuBar().setCornerWidget(self._corner)

    def _update_actions(self) -> None:
        unlocked = self.session is not None and not self.session.is_locked
        for action in self.findChildren(QAction):
            if action.property("needs_plan"):
                action.setEnabled(unlocked)
        if unlocked:
            assert self.session is not None
            editor = self.session.editor
            self.act_undo.setEnabled(editor.can_undo)
            self.act_redo.setEnabled(editor.can_redo)
            self.act_undo.setText(
                self.tr("&Undo {what}").format(what=TRANSLATE("Edits", editor.undo_label))
                if editor.undo_label
                else self.tr("&Undo")
            )
            self.act_redo.setText(
                self.tr("&Redo {what}").format(what=TRANSLATE("Edits", editor.redo_label))
                if editor.redo_label
                else self.tr("&Redo")
            )
            demo = self.session.is_demo
            self.act_backup.setEnabled(not demo)
        self.lock_button.setVisible(unlocked)
        if self.session is None:
            self.save_label.setText("")
        elif self.session.is_locked:
            self.save_label.setText(self.tr("Locked"))
        self.act_restore.setEnabled(self.session is None or not self.session.is_demo)

    # ------------------------------------------------------------------ opening

    def start(self) -> None:
        """First screen: the last plan's unlock page if there is one, else the welcome."""
        last = self.settings.get(keys.LAST_PLAN)
        if last and Path(last).is_file():
            self.open_path(Path(last))
        else:
            self.stack.setCurrentWidget(self.welcome)

    def open_path(self, path: Path) -> None:
        """Ask for the passphrase of ``path``, once it is known to be a plan that can open.

        What can be found without a key (not a WrapDesk plan, saved by a newer WrapDesk,
        damaged) is said first, where the person is: the welcome page, or the plan open
        now, which stays open.
        """
        from wrapdesk.services.plan_check import check_plan_file

        try:
            check_plan_file(path)
        except Exception as error:  # said in words; nothing changes
            self._say_cannot_open(path, error)
            return
        self._ask_passphrase(path)

    def _ask_passphrase(self, path: Path) -> bool:
        """Close the open plan (saving it) and show the unlock page for ``path``."""
        if not self._leave_current_plan():
            return False
        self.unlock_page.show_for(path)
        self.stack.setCurrentWidget(self.unlock_page)
        self.setWindowTitle(self.tr("{name} — WrapDesk").format(name=path.stem))
        return True

    def _say_cannot_open(self, path: Path, error: BaseException) -> None:
        """Why ``path`` can't open, before any passphrase is asked for; a damaged plan
        offers its backups (beside it, or one the person kept elsewhere)."""
        from wrapdesk.services.messages import describe
        from wrapdesk.ui.share_flow import restore
        from wrapdesk.vault import VaultAltered, VaultDamaged, list_backups

        if not isinstance(error, VaultDamaged | VaultAltered):
            tell(self, self.tr("Please check"), describe(error, TRANSLATE))
            return
        if any(backup.is_intact() for backup in list_backups(path)):
            ask(
                self,
                describe(error, TRANSLATE),
                self.tr("Open a backup"),
                lambda: self._show_backups_of(path, error),
                self.tr("Stay here"),
            )
            return
        ask(
            self,
            self.tr(
                "This plan file can't be read as it is, and no earlier copy was found beside "
                "it. If you saved a backup somewhere else (a USB stick, say), choose Restore "
                "a backup to put it back. The damaged file is left as it is."
            ),
            self.tr("Restore a backup"),
            lambda: restore(
                self,
                self.tasks,
                path,
                lambda check, passphrase: self.replace_plan_with(check, passphrase, path),
            ),
            self.tr("Stay here"),
        )

    def _show_backups_of(self, path: Path, error: BaseException) -> None:
        """The unlock page for a damaged plan, its backups listed before anything is typed."""
        if self._ask_passphrase(path):
            self.unlock_page.show_problem(error)

    def choose_plan_file(self) -> None:
        """Pick a plan file to open."""
        from wrapdesk.ui.create_dialog import default_folder

        dialog = QFileDialog(
            self,
            self.tr("Open a plan"),
            str(default_folder()),
            self.tr("WrapDesk plans (*.wrapdesk);;All files (*)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda chosen: self.open_path(Path(chosen)))
        dialog.open()

    def open_demo(self) -> None:
        """Open the demo plan from a throwaway copy (nothing to type)."""
        if not self._leave_current_plan():
            return
        from wrapdesk.services.demo import DemoPlan

        self.statusBar().showMessage(self.tr("Opening the demo plan…"))
        self.tasks.run(DemoPlan, self._on_demo_ready, self._on_open_failed)

    def _on_demo_ready(self, demo: object) -> None:
        from wrapdesk.services.demo import DemoPlan

        assert isinstance(demo, DemoPlan)
        self.statusBar().showMessage(
            self.tr("This is the demo plan. Nothing you change here is kept."), 8000
        )
        self._start_session(demo.plan, demo)

    def _on_open_failed(self, error: BaseException) -> None:
        from wrapdesk.services.messages import describe

        self.statusBar().showMessage(describe(error, TRANSLATE), 15000)

    def create_plan(self) -> None:
        """Make a new plan."""
        if not self._leave_current_plan():
            return
        from wrapdesk.ui.create_dialog import CreatePlanDialog

        dialog = CreatePlanDialog(self.tasks, self)
        dialog.setObjectName("create-plan")
        created: list[object] = []
        dialog.created.connect(created.append)
        dialog.print_recovery_sheet.connect(self.print_recovery_sheet)

        def finished(_result: int) -> None:
            if created:
                from wrapdesk.services.plan_file import PlanFile

                plan = created[0]
                assert isinstance(plan, PlanFile)
                self._start_session(plan)

        dialog.finished.connect(finished)
        dialog.open()

    def _on_unlock_page_unlock_requested(self, secret: object) -> None:
        from wrapdesk.vault import RecoveryKey

        self.unlock_page.set_busy(True)
        recovered = isinstance(secret, RecoveryKey)
        if self.session is not None and self.session.is_locked:
            self.session.unlock(
                secret,  # type: ignore[arg-type]
                lambda: self._on_unlocked(recovered),
                self.unlock_page.show_problem,
            )
            return
        path = self.unlock_page.path
        assert path is not None
        from wrapdesk.services.plan_file import PlanFile

        self.tasks.run(
            lambda: PlanFile.open(path, secret),  # type: ignore[arg-type]
            lambda plan: self._start_session(plan, recovered=recovered),
            self.unlock_page.show_problem,
        )

    def _on_unlock_page_demo_requested(self) -> None:
        """The locked demo opens again with the passphrase nobody was ever meant to type."""
        if self.session is not None and self.session.demo_passphrase is not None:
            self._on_unlock_page_unlock_requested(self.session.demo_passphrase)

    def _on_unlock_page_backup_requested(self, backup: Path) -> None:
        """A damaged plan: check the chosen backup with the passphrase typed, then put it in
        the plan's place (the damaged file is kept beside the backups) and open it."""
        path = self.unlock_page.path
        passphrase = self.unlock_page.passphrase.text()
        if path is None:
            return
        if not passphrase:
            self.unlock_page.message.setText(
                self.tr("Type your passphrase above first; the backup opens with the same one.")
            )
            self.unlock_page.passphrase.select_all()
            return
        from wrapdesk.services import backup as backups
        from wrapdesk.services.plan_file import PlanFile

        def restore_and_open() -> object:
            check = backups.check_backup(backup, path, passphrase)
            backups.restore(check, path)
            return PlanFile.open(path, passphrase)

        self.unlock_page.set_busy(True)
        self.tasks.run(restore_and_open, self._start_session, self.unlock_page.show_problem)

    def _on_unlock_page_cancel_requested(self) -> None:
        if self.session is not None and self.session.is_locked:
            error = self.session.close()
            if error is not None:  # held changes that still can't be saved
                ask(
                    self,
                    self.tr(
                        "Your latest changes still can't be saved. If you choose another "
                        "plan now, they will be lost. To keep trying, unlock your plan "
                        "instead."
                    ),
                    self.tr("Lose them and choose another plan"),
                    self._abandon_session,
                    self.tr("Stay here"),
                )
                return
            self.session = None
        self._show_welcome()

    def _abandon_session(self) -> None:
        if self.session is not None:
            self.session.abandon()
            self.session = None
        self._show_welcome()

    def _show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.setWindowTitle("WrapDesk")
        self._update_actions()

    def _start_session(
        self, plan: object, demo: object | None = None, *, recovered: bool = False
    ) -> None:
        from wrapdesk.services.demo import DemoPlan
        from wrapdesk.services.plan_file import PlanFile

        assert isinstance(plan, PlanFile)
        assert demo is None or isinstance(demo, DemoPlan)
        self.session = PlanSession(plan, self.tasks, demo, parent=self)
        self.session.save_state_changed.connect(self._on_session_save_state_changed)
        self.session.changed.connect(lambda _areas: self._update_actions())
        if demo is None:
            self.settings.set(keys.LAST_PLAN, str(plan.path))
            self.setWindowTitle(self.tr("{name} — WrapDesk").format(name=plan.path.stem))
        else:
            self.setWindowTitle(self.tr("Demo plan — WrapDesk"))
        self._show_plan("overview")
        self._on_session_save_state_changed(SAVED)
        if recovered:
            self.change_passphrase(ask_current=False)

    def _on_unlocked(self, recovered: bool) -> None:
        from wrapdesk.services.messages import went_back

        assert self.session is not None
        self._show_plan(self._resume_page)
        self._say_notes_for_later()
        back = self.session.plan.vault.went_back
        if back is not None:
            tell(self, self.tr("Please check your plan"), went_back(*back, TRANSLATE))
        if recovered:
            self.change_passphrase(ask_current=False)

    def attach_icons(self) -> None:
        """Give the menus and the first screens their icons (once the icon font is loaded)."""
        attach_all(self)

    def _show_plan(self, page: str) -> None:
        assert self.session is not None
        from wrapdesk.ui.overview_page import OverviewPage
        from wrapdesk.ui.plan_view import PlanView

        session = self.session
        self.view = PlanView(
            session, {"overview": lambda: OverviewPage(session), **self._extra_pages(session)}
        )
        self.view.glossary_requested.connect(self.show_glossary)
        self.view.print_requested.connect(self.print_document)
        self.view.action_requested.connect(self._on_view_action_requested)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        try:
            self.view.show_page(page)
        except KeyError:
            self.view.show_page("overview")
        self.view.focus_page()
        self.view.start_warming()
        self.idle.set_minutes(self.settings.idle_lock_minutes())
        self._update_actions()

    def _extra_pages(self, session: PlanSession) -> dict[str, Callable[[], QWidget]]:
        """Pages built by the cycle and sharing screens."""
        from wrapdesk.ui.reviews_page import ReviewsPage
        from wrapdesk.ui.versions_page import VersionsPage

        return {
            "reviews": lambda: ReviewsPage(session),
            "versions": lambda: VersionsPage(session),
        }

    def _drop_view(self) -> None:
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.hide()
            self.view.setParent(None)  # out of reach at once: nothing below it acts again
            self.view.deleteLater()
            self.view = None

    # ------------------------------------------------------------------ saving and locking

    def _on_session_save_state_changed(self, state: str) -> None:
        words = {
            SAVED: self.tr("Saved"),
            SAVING: self.tr("Saving…"),
            UNSAVED: self.tr("Not saved yet"),
            FAILED: self.tr("Not saved"),
        }[state]
        if self.session is not None and self.session.is_demo:
            words = self.tr("Demo: not kept")
        self.save_label.setText(words)
        self.save_label.setAccessibleName(words)
        self.save_label.setToolTip(words)

    def lock(self) -> None:
        """Save, then lock: the plan leaves the screen whatever happens.

        If the latest changes couldn't be saved they are held in memory, out of sight, and
        saved again when the plan is unlocked; the lock screen says so.
        """
        if self.session is None or self.session.is_locked or self._closing:
            return
        self._locking = True  # what arrives meanwhile (a key, a note) waits for the unlock
        try:
            self._lock(self.session)
        finally:
            self._locking = False

    def _lock(self, session: PlanSession) -> None:
        page = self.view.current if self.view is not None else "overview"
        # Every window over the plan goes first (what they hold is then saved with the
        # rest): a dialog left open would show its words (a new recovery key, a review's
        # notes) on the lock screen, and could still act on the plan.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                commit_drafts(dialog)
                dialog.reject()
        # What is being typed goes into the plan, and the page goes, before the plan is
        # saved and forgotten: a field left open would otherwise save into a closed plan.
        if self.view is not None:
            commit_drafts(self.view)
        self._drop_view()
        error = session.lock()  # waits for work in flight, whose results arrive now
        for dialog in self.findChildren(QDialog):  # any window such a result opened
            if dialog.isVisible():
                dialog.reject()
        self._resume_page = page
        self.idle.stop()
        QApplication.clipboard().clear()
        self.unlock_page.show_for(session.plan.path, locked=True, demo=session.is_demo)
        if error is not None:
            self.unlock_page.show_save_problem(error, held=session.is_held)
        self.stack.setCurrentWidget(self.unlock_page)
        self._update_actions()

    def _leave_current_plan(self) -> bool:
        """Close the open plan before opening another; False if it could not be saved."""
        if self.session is None:
            return True
        if not self.session.is_locked:
            commit_drafts(self)
        error = self.session.close()
        if error is not None:
            if self.view is not None:
                self.view.show_problem(error)
            return False
        self.session = None
        self._drop_view()
        self.idle.stop()
        self._update_actions()
        return True

    def close_plan(self) -> None:
        """Save and close the plan, back to the welcome screen."""
        if self._leave_current_plan():
            self.stack.setCurrentWidget(self.welcome)
            self.setWindowTitle("WrapDesk")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API
        """Save before closing; if that fails, say so and stay open unless asked twice."""
        self.settings.set(keys.WINDOW_GEOMETRY, QByteArray(self.saveGeometry()))
        if self._closing or self.session is None:
            self._closing = True
            event.accept()
            return
        if not self.session.is_locked:
            commit_drafts(self)
        error = self.session.close()
        if error is None:
            self.session = None
            self._closing = True
            event.accept()
            return
        event.ignore()
        if self.view is not None:
            self.view.show_problem(error)
        ask(
            self,
            self.tr(
                "Your latest changes couldn't be saved, so WrapDesk is still open. If you close "
                "now, the changes since your last save will be lost. Your saved plan and its "
                "backups are safe."
            ),
            self.tr("Close and lose those changes"),
            self._force_close,
            self.tr("Stay open"),
        )

    def _force_close(self) -> None:
        self._closing = True
        self.close()

    # ------------------------------------------------------------------ editing

    def undo(self) -> None:
        """Undo the last edit and show where it was."""
        if self.session is not None and self.view is not None:
            areas = self.session.editor.undo()
            self.view.show_areas(areas)
            self._update_actions()

    def redo(self) -> None:
        """Redo the last undone edit and show where it was."""
        if self.session is not None and self.view is not None:
            areas = self.session.editor.redo()
            self.view.show_areas(areas)
            self._update_actions()

    def find_in_plan(self) -> None:
        """Find across the plan."""
        if self.view is not None:
            self.view.find_bar.start()

    def go(self, page: str) -> None:
        """Show a page of the plan."""
        if self.view is not None:
            self.view.show_page(page)
            self.view.focus_page()

    def focus_sidebar(self) -> None:
        """Move the keyboard focus to the list of parts."""
        if self.view is not None:
            self.view.sidebar.setFocus()

    def add_custom_section(self) -> None:
        """Add a part of the person's own making."""
        from PySide6.QtWidgets import QInputDialog

        if self.session is None or self.view is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Add your own part"))
        dialog.setLabelText(self.tr("What would you like to call it?"))
        dialog.setObjectName("add-part")

        def chosen(title: str) -> None:
            if title.strip() and self.session is not None and self.view is not None:
                key = self.session.editor.add_custom_section(title.strip())
                self.view.show_page(f"section:{key}")
                self.view.focus_page()

        dialog.textValueSelected.connect(chosen)
        dialog.open()

    def _on_view_action_requested(self, action: str) -> None:
        if action == "share":
            self.share()
        elif action == "start-review":
            self.start_review()
        elif action == "after-crisis":
            self.after_crisis()
        elif action.startswith("update:"):
            self.share(update_person=int(action.removeprefix("update:")))

    # ------------------------------------------------------------------ dialogs

    def show_glossary(self, key: str) -> None:
        """Open the glossary, at ``key`` if given."""
        from wrapdesk.ui.glossary_dialog import GlossaryDialog

        dialog = self.findChild(GlossaryDialog)
        if dialog is None:
            dialog = GlossaryDialog(self)
        if key:
            dialog.show_term(key)
        else:
            dialog.show()
            dialog.filter.setFocus()

    def about(self) -> None:
        """About WrapDesk."""
        from wrapdesk.ui.about_dialog import show_about

        show_about(self)

    def open_settings(self) -> None:
        """The settings window."""
        from wrapdesk.ui.settings_dialog import SettingsDialog
        from wrapdesk.vault import backups

        folder = None
        if self.session is not None and not self.session.is_demo and not self.session.is_locked:
            folder = str(backups.folder_for(self.session.plan.path))
        dialog = SettingsDialog(self.settings, folder, self)
        dialog.setObjectName("settings")
        dialog.change_passphrase_requested.connect(lambda: self.change_passphrase(True))
        dialog.new_recovery_key_requested.connect(lambda: self.new_recovery_key(None))
        dialog.open()

    def change_passphrase(self, ask_current: bool = True) -> None:
        """Choose a new passphrase."""
        if self.session is None or self.session.is_locked:
            return
        from wrapdesk.ui.passphrase_dialogs import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.session, self.tasks, self, ask_current=ask_current)
        dialog.setObjectName("change-passphrase")
        dialog.changed.connect(self._on_passphrase_changed)
        dialog.new_key.connect(self._show_new_recovery_key)
        dialog.open()

    def _show_new_recovery_key(self, key: RecoveryKey) -> None:
        """Show a recovery key just made with a new passphrase; if the plan is locking (the
        change finished as it locked), the key is not put on screen or kept while locked:
        the person is asked to make another once the plan is open again."""
        if self._locking or self.session is None or self.session.is_locked:
            self._on_recovery_key_abandoned()
            return
        self.new_recovery_key(made=key)

    def _on_passphrase_changed(self) -> None:
        assert self.session is not None
        self.statusBar().showMessage(self.tr("Your passphrase is changed."), 8000)
        self._say_copies_left_behind()

    def _say_copies_left_behind(self) -> None:
        """After a key change: name any copy that still opens the old way."""
        if self.session is None:
            return
        vault = self.session.plan.vault
        left = vault.copies_left_behind
        if left and vault.resealing_pending:
            text = self.tr(
                "%n older [copy|copies] of your plan couldn't be updated just now, so [it "
                "still opens|they still open] the old way. WrapDesk will try again the next "
                "time you open your plan. [It is|They are] in: {folder}",
                "",
                len(left),
            )
        elif left:
            text = self.tr(
                "%n older [copy|copies] of your plan couldn't be updated, so [it still "
                "opens|they still open] the old way. [It|They] may be damaged. [It is|They "
                "are] in: {folder}",
                "",
                len(left),
            )
        if left:
            tell(
                self,
                self.tr("Some copies weren't updated"),
                text.format(folder=left[0].parent),
            )

    def new_recovery_key(self, made: RecoveryKey | None = None) -> None:
        """Replace the recovery key; or, with ``made``, show one just made with a new
        passphrase, to be kept."""
        if self.session is None or self.session.is_locked:
            return
        from wrapdesk.ui.passphrase_dialogs import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(self.session, self.tasks, self, made=made)
        dialog.setObjectName("recovery-key")
        dialog.print_sheet.connect(self.print_recovery_sheet)
        dialog.accepted.connect(self._say_copies_left_behind)
        dialog.abandoned.connect(self._on_recovery_key_abandoned)
        dialog.open()

    def _on_recovery_key_abandoned(self) -> None:
        """A new key was made but its window closed before it was kept: say so, when the
        plan is next on screen (now, or after unlocking)."""
        self._notes_for_later.append(
            self.tr(
                "Your new recovery key was closed before you confirmed you had kept it, and "
                "your old sheet no longer works. Please make another one: Settings, then "
                "Make a new recovery key."
            )
        )
        QTimer.singleShot(0, self, self._say_notes_for_later)

    def _say_notes_for_later(self) -> None:
        if self.session is None or self.session.is_locked or self._locking:
            return  # said after unlocking
        notes, self._notes_for_later = self._notes_for_later, []
        for note in notes:
            tell(self, self.tr("Please check"), note)

    def _on_settings_changed(self, key: str) -> None:
        if (
            key == keys.IDLE_LOCK_MINUTES.key
            and self.session is not None
            and not self.session.is_locked
        ):
            self.idle.set_minutes(self.settings.idle_lock_minutes())
        # Sizes and colours are built into fonts, icons and links as each screen is made:
        # build them again, as for a new language (after the new look is applied).
        focus = {keys.TEXT_SCALE.key: "text_size", keys.THEME.key: "theme"}.get(key)
        if focus is not None:
            self._rebuild_later(focus)

    def _rebuild_later(self, focus: str = "theme") -> None:
        """Build every screen again once the new look is applied (see :meth:`retranslate`)."""
        if not self._retranslate_pending:
            self._retranslate_pending = True
            self._rebuild_focus = focus
            QTimer.singleShot(0, self, self.retranslate)

    # ------------------------------------------------------------------ printing, sharing,
    # reviews: screens of their own (print_flow, share_flow, review wizard)

    def print_document(self, kind: str) -> None:
        """Print (with a preview) one of the printouts."""
        if self.session is None or self.session.is_locked:
            return
        from wrapdesk.ui.print_flow import PrintFlow

        PrintFlow(self, self.session, self.settings, self.tasks).print(kind)

    def save_pdf(self, kind: str) -> None:
        """Save one of the printouts as a PDF where the person chooses."""
        if self.session is None or self.session.is_locked:
            return
        from wrapdesk.ui.print_flow import PrintFlow

        PrintFlow(self, self.session, self.settings, self.tasks).save_pdf(kind)

    def print_recovery_sheet(self, key_text: str, plan_path: str) -> None:
        """Print the recovery sheet (no plan content)."""
        from wrapdesk.ui.print_flow import print_recovery_sheet

        print_recovery_sheet(self, self.settings, self.tasks, key_text, plan_path)

    def share(self, update_person: int | None = None) -> None:
        """Send an encrypted copy to a supporter."""
        if self.session is None or self.session.is_locked:
            return
        from wrapdesk.ui.share_flow import ShareDialog

        dialog = ShareDialog(
            self.session, self.settings, self.tasks, self, update_person=update_person
        )
        dialog.open()

    def open_shared(self) -> None:
        """Read a plan someone shared (read-only)."""
        from wrapdesk.ui.share_flow import open_shared_plan

        open_shared_plan(self, self.tasks, self.session, self.settings)

    def supporter_key(self) -> None:
        """Show this plan's own supporter key, to send to someone you support."""
        if self.session is None or self.session.is_locked:
            return
        from wrapdesk.ui.share_flow import SupporterKeyDialog

        SupporterKeyDialog(self.session, self).open()

    def back_up(self) -> None:
        """Copy the plan file somewhere safe (a USB stick), and check the copy."""
        if self.session is None or self.session.is_locked:
            return
        from wrapdesk.ui.share_flow import back_up

        back_up(self, self.session, self.tasks)

    def restore(self) -> None:
        """Put a backup in place of the current plan, after checking it and asking."""
        from wrapdesk.ui.share_flow import restore

        restore(self, self.tasks, self.restore_target(), self.replace_plan_with)

    def restore_target(self) -> Path | None:
        """The plan a backup would replace: the open one, else the one last opened."""
        if self.session is not None and not self.session.is_demo:
            return self.session.plan.path
        if self.unlock_page.path is not None:
            return self.unlock_page.path
        last = self.settings.get(keys.LAST_PLAN)
        return Path(last) if last else None

    def replace_plan_with(self, check: object, passphrase: str, target: Path | None = None) -> None:
        """Close the plan (saving it), put the checked backup in its place (``target``, else
        :meth:`restore_target`), open it."""
        from wrapdesk.services import backup as backups
        from wrapdesk.services.plan_file import PlanFile

        assert isinstance(check, backups.RestoreCheck)
        target = target or self.restore_target()
        if target is None or not self._leave_current_plan():
            return

        def work() -> object:
            backups.restore(check, target)
            return PlanFile.open(target, passphrase)

        self.tasks.run(work, self._start_session, self._on_open_failed)

    def start_review(self) -> None:
        """Start (or carry on with) a review: the four-step cycle."""
        if self.session is None or self.session.is_locked:
            return
        from wrapdesk.ui.review_wizard import ReviewWizard

        wizard = ReviewWizard(self.session, self.tasks, self)
        wizard.glossary_requested.connect(self.show_glossary)
        wizard.update_requested.connect(lambda pid: self.share(update_person=pid))
        wizard.open()

    def after_crisis(self) -> None:
        """After a crisis: open the post-crisis plan and suggest an early review."""
        if self.session is None or self.session.is_locked or self.view is None:
            return
        from wrapdesk.ui.review_wizard import mark_after_crisis

        mark_after_crisis(self, self.session)
        self.view.show_page("section:post-crisis")
        self.view.focus_page()
