"""The large-text window for the customer (a second screen or a turned monitor), following the current step."""

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.guides.labels import label
from desk.guides.model import Guide

from desk.ui.a11y import set_role
from desk.ui.guides.step_card import customer_badge, note_label, note_words, sentences
from desk.ui.guides.style import CUSTOMER_STYLE


class CustomerWindow(QWidget):
    """Shows one step at a time in large type (without stop points and staff lines); Next ticks the step.

    Signals:
        next_requested(): the customer or staff pressed Next (the current step is done).
        back_requested(): go back one step.
    """

    next_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customerView")
        set_role(self, QAccessible.Role.Window)  # a window of its own, not a filler inside the main window
        self.setStyleSheet(CUSTOMER_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a title from a file is never rich text
        self.title.setObjectName("customerTitle")
        self.title.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        self.progress.setObjectName("customerProgress")
        self.badge_slot = QVBoxLayout()
        self.text = QLabel()
        self.text.setObjectName("customerStep")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notes = QVBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_requested)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addLayout(self.badge_slot)
        layout.addWidget(self.text, 1)
        layout.addLayout(self.notes)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, self.next_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, self.back_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(1000, 700)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Guide for the customer"))
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.next_button.setText(self.tr("Done, next ▶"))
        self.next_button.setAccessibleName(self.tr("Mark the step done and show the next"))
        self.close_button.setText(self.tr("Close"))

    def _clear(self, layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def show_step(self, guide: Guide, index: int) -> None:
        """Show step `index` of a guide (-1: every step is done)."""
        language = guide.language
        self.title.setText(guide.title)
        self._clear(self.badge_slot)
        self._clear(self.notes)
        total = len(guide.steps)
        if index < 0 or index >= total:
            self.progress.setText(f"{label('steps', language)}: {total} / {total} ✔")
            cleanup = "".join(f"<br>☐ {escape(item)}" for item in guide.cleanup)
            self.text.setText(f"✔<br><b>{escape(label('cleanup', language))}</b>{cleanup}" if cleanup else "✔")
            self.next_button.setEnabled(False)
            self.next_button.setAccessibleDescription("")
            return
        step = guide.steps[index]
        self.progress.setText(f"{label('step', language)} {step.number} {label('of', language)} {total}")
        if step.customer_does:
            self.badge_slot.addWidget(customer_badge(language, for_customer=True), 0, Qt.AlignmentFlag.AlignLeft)
        details = "".join(f"<br>{detail}" for detail in step.details_html)
        self.text.setText(step.html + details)
        for note in step.customer_notes:  # stop points and [staff] lines are for staff, like on the handout
            self.notes.addWidget(note_label(note, language))
        spoken = [label("customer_handout", language)] if step.customer_does else []
        spoken += [step.plain, *step.details_plain, *(note_words(note, language) for note in step.customer_notes)]
        self.next_button.setAccessibleDescription(sentences(spoken))
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(index > 0)
