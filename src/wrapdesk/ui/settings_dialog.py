"""Settings: text size, theme, when to lock, language, printing; passphrase and recovery key.

Changes apply at once (there is nothing to confirm), and none of them is plan content.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wrapdesk.i18n import QT_TRANSLATE_NOOP
from wrapdesk.ui import settings as keys
from wrapdesk.ui.cards import GRID, Dialog, heading, plain, quiet
from wrapdesk.ui.settings import AppSettings

LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("SettingsDialog", "Follow this computer")),
    # Each language is named in its own words, so nobody has to read a language they
    # don't know to find theirs: these stay as written, in every translation.
    ("cy", "Cymraeg"),
    ("en", "English"),
    ("pl", "Polski"),
)
"""Language code (as ``app.Languages`` loads it) and its name; "" follows this computer."""


class SettingsDialog(Dialog):
    """One small window of settings, applied as they change."""

    change_passphrase_requested = Signal()
    new_recovery_key_requested = Signal()

    def __init__(
        self, settings: AppSettings, backups_folder: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.setSpacing(2 * GRID)
        layout.addWidget(heading(self.tr("Settings"), 1))
        form = QFormLayout()
        self.text_size = QSpinBox()
        self.text_size.setRange(*keys.TEXT_SCALE_RANGE)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(settings.text_scale())
        self.text_size.setKeyboardTracking(False)  # "150" typed is one change, not three
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.valueChanged.connect(lambda v: settings.set(keys.TEXT_SCALE, int(v)))
        form.addRow(self.tr("Text size"), self.text_size)
        self.theme = QComboBox()
        for key, label in (
            ("system", self.tr("Follow this computer")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("high-contrast", self.tr("High contrast")),
        ):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme())))
        self.theme.setAccessibleName(self.tr("Colours"))
        self.theme.currentIndexChanged.connect(
            lambda _i: settings.set(keys.THEME, str(self.theme.currentData()))
        )
        form.addRow(self.tr("Colours"), self.theme)
        self.idle = QSpinBox()
        self.idle.setRange(*keys.IDLE_LOCK_RANGE)
        self.idle.valueChanged.connect(self._name_minutes)
        self.idle.setSpecialValueText(self.tr("Never"))
        self.idle.setValue(settings.idle_lock_minutes())
        self._name_minutes(self.idle.value())
        self.idle.setAccessibleName(self.tr("Lock my plan after this long without use"))
        self.idle.valueChanged.connect(lambda v: settings.set(keys.IDLE_LOCK_MINUTES, int(v)))
        form.addRow(self.tr("Lock after"), self.idle)
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(self.tr(label) if code == "" else label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(keys.LANGUAGE))))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(
            lambda _i: settings.set(keys.LANGUAGE, str(self.language.currentData()))
        )
        form.addRow(self.tr("Language"), self.language)
        self.paper = QComboBox()
        for key, label in (
            ("", self.tr("Follow this computer")),
            ("A4", "A4"),
            ("Letter", self.tr("US Letter")),
        ):
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.get(keys.PAPER))))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.currentIndexChanged.connect(
            lambda _i: settings.set(keys.PAPER, str(self.paper.currentData()))
        )
        form.addRow(self.tr("Paper"), self.paper)
        self.large = QCheckBox(self.tr("Print the crisis plan in extra-large type"))
        self.large.setChecked(settings.get(keys.LARGE_PRINT))
        self.large.toggled.connect(lambda on: settings.set(keys.LARGE_PRINT, bool(on)))
        form.addRow("", self.large)
        layout.addLayout(form)
        if backups_folder:
            row = QHBoxLayout()
            where = plain(self.tr("Backups are kept in {folder}").format(folder=backups_folder))
            where.setWordWrap(True)
            show = QPushButton(self.tr("Show folder"))
            show.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(backups_folder))
            )
            row.addWidget(where, 1)
            row.addWidget(show)
            layout.addLayout(row)
            layout.addWidget(
                quiet(
                    self.tr(
                        "WrapDesk keeps your last 10 saves, and one a day for 30 days. They are "
                        "encrypted like your plan."
                    )
                )
            )
        keys_row = QHBoxLayout()
        self.change_passphrase = QPushButton(self.tr("Change passphrase…"))
        self.change_passphrase.clicked.connect(self.change_passphrase_requested.emit)
        self.new_key = QPushButton(self.tr("Make a new recovery key…"))
        self.new_key.clicked.connect(self.new_recovery_key_requested.emit)
        enabled = backups_folder is not None
        self.change_passphrase.setEnabled(enabled)
        self.new_key.setEnabled(enabled)
        keys_row.addWidget(self.change_passphrase)
        keys_row.addWidget(self.new_key)
        keys_row.addStretch(1)
        layout.addLayout(keys_row)
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)

    def _name_minutes(self, value: int) -> None:
        """ "1 minute", "5 minutes": the unit after the number, in the right form."""
        counted = self.tr("%n minute(s)", "", value)
        self.idle.setSuffix(counted.replace(str(value), "", 1))
