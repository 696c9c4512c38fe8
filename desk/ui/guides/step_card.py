"""One step of a guide as a checklist card: tick box, text, customer mark, warnings, stop points, staff lines."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk.guides.images import image_refusal
from desk.guides.labels import label
from desk.guides.model import Note, NoteKind, Step

MAX_IMAGE_WIDTH = 420
NOTE_OBJECT_NAMES = {NoteKind.WARNING: "warningNote", NoteKind.STOP: "stopNote", NoteKind.STAFF: "staffNote"}


def note_text(note: Note, language: str) -> str:
    """A note as rich text that names its kind in words, so colour never carries the meaning alone."""
    if note.kind is NoteKind.STOP:
        return f"✖ {label('stop', language).upper()}: {note.html}"
    if note.kind is NoteKind.STAFF:
        return f"✎ {label('staff', language)}: {note.html}"
    return f"⚠ {label('warning', language)}: {note.html}"


def note_label(note: Note, language: str) -> QLabel:
    """A framed label for a warning, a stop point or a staff-only line."""
    widget = QLabel(note_text(note, language))
    widget.setObjectName(NOTE_OBJECT_NAMES[note.kind])
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setWordWrap(True)
    return widget


def note_words(note: Note, language: str) -> str:
    """A note as plain words for a screen reader, its kind first (the same words the card shows)."""
    if note.kind is NoteKind.STOP:
        return f"{label('stop', language).upper()}: {note.plain}"
    if note.kind is NoteKind.STAFF:
        return f"{label('staff', language)}: {note.plain}"
    return f"{label('warning', language)}: {note.plain}"


def step_description(step: Step, language: str) -> str:
    """What a screen reader says after a step's name: customer mark, details, warnings, stop points, staff lines."""
    parts = [label("customer", language)] if step.customer_does else []
    parts += list(step.details_plain)
    parts += [note_words(note, language) for note in step.notes]
    return sentences(parts)


def sentences(parts: list[str]) -> str:
    """Texts read one after another, each ending as a sentence (so a screen reader pauses between them)."""
    texts = [part.strip() for part in parts if part.strip()]
    return " ".join(text if text.endswith((".", "!", "?", ":")) else text + "." for text in texts)


def customer_badge(language: str, for_customer: bool = False) -> QLabel:
    """The mark of a step the customer does themselves (worded to the customer in their own view)."""
    widget = QLabel(f"☞ {label('customer_handout' if for_customer else 'customer', language)}")
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setObjectName("customerBadge")
    return widget


class StepCard(QFrame):
    """A checklist step.

    Signals:
        toggled(int, bool): step index and whether it is now ticked.
        activated(int): the step was clicked and should become the current one.
    """

    toggled = Signal(int, bool)
    activated = Signal(int)

    def __init__(self, index: int, step: Step, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepCard")
        self.index = index
        self.step = step
        self.check = QCheckBox(f"{step.number}.")
        self.check.setAccessibleName(f"{label('step', language)} {step.number}: {step.plain}")
        self.check.setAccessibleDescription(step_description(step, language))  # read with the step on Tab
        self.check.toggled.connect(lambda checked: self.toggled.emit(self.index, checked))
        content = QVBoxLayout()
        content.setSpacing(4)
        if step.customer_does:
            badge_row = QHBoxLayout()
            badge_row.addWidget(customer_badge(language))
            badge_row.addStretch(1)
            content.addLayout(badge_row)
        text = QLabel(step.html)
        text.setObjectName("stepText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        content.addWidget(text)
        for detail in step.details_html:
            extra = QLabel(detail)
            extra.setTextFormat(Qt.TextFormat.RichText)
            extra.setWordWrap(True)
            content.addWidget(extra)
        for note in step.notes:
            content.addWidget(note_label(note, language))
        for path in step.images:
            if image_refusal(path) is not None:  # never decode a picture that changed into a bomb since it was read
                continue
            pixmap = QPixmap(str(path))
            if pixmap.isNull():
                continue
            if pixmap.width() > MAX_IMAGE_WIDTH:
                pixmap = pixmap.scaledToWidth(MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            picture = QLabel()
            picture.setPixmap(pixmap)
            content.addWidget(picture)
        layout = QHBoxLayout(self)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(content, 1)
        self.set_current(False)

    def set_current(self, current: bool) -> None:
        """Highlight the step the customer is on."""
        self.setProperty("current", "true" if current else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.index)
        super().mousePressEvent(event)
