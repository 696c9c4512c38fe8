"""Export a report to a file off the GUI thread, with a progress bar, then open the file."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QPushButton, QWidget

from desk.ui.tasks import TaskRunner


def default_folder() -> Path:
    """Where the save dialog starts: the user's documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def with_suffix(target: Path, file_format: str) -> Path:
    """The chosen name, with the format's ending added when the user typed none that fits."""
    fitting = {"pdf": (".pdf",), "xlsx": (".xlsx",), "csv": (".csv", ".zip")}[file_format]
    return target if target.suffix.lower() in fitting else target.with_name(target.name + fitting[0])


class ReportExporter(QObject):
    """Runs one export at a time: asks for a file, runs the work on the pool, shows progress, opens the result.

    Signals:
        exported(object): the Path written.
        export_failed(str): the error message shown.
    """

    exported = Signal(object)
    export_failed = Signal(str)

    #: Open the written file with the system viewer; tests switch this off.
    open_when_done = True

    def __init__(
        self,
        tasks: TaskRunner,
        parent_widget: QWidget,
        progress: QProgressBar,
        status: QLabel,
        buttons: list[QPushButton],
    ) -> None:
        super().__init__(parent_widget)
        self._tasks = tasks
        self._parent_widget = parent_widget
        self._progress = progress
        self._status = status
        self._buttons = buttons
        self.busy = False
        progress.setVisible(False)

    def choose_target(self, file_format: str, suggested_name: str) -> Path | None:
        """Ask where to save; None when the user cancels."""
        if file_format == "pdf":
            filters = self.tr("PDF document (*.pdf)")
        elif file_format == "xlsx":
            filters = self.tr("Excel workbook (*.xlsx)")
        else:
            filters = self.tr("CSV file, every figure in long format (*.csv);;ZIP of CSV files, one per table (*.zip)")
        name, _chosen = QFileDialog.getSaveFileName(
            self._parent_widget, self.tr("Save the report"), str(default_folder() / suggested_name), filters
        )
        return with_suffix(Path(name), file_format) if name else None

    def run(self, work: Callable[..., Path], *args: Any) -> None:
        """Run work(*args, progress=...) on the pool; it must return the written path."""
        self.busy = True
        for button in self._buttons:
            button.setEnabled(False)
        self._progress.setRange(0, 0)
        self._progress.setVisible(True)
        self._status.setText(self.tr("Making the report…"))
        (
            self._tasks.run(work, *args)
            .on_progress(self._on_progress)
            .on_success(self._on_success)
            .on_failure(self._on_failure)
            .start()
        )

    def _on_progress(self, done: int, total: int) -> None:
        self._progress.setRange(0, total)
        self._progress.setValue(done)

    def _finish(self) -> None:
        self.busy = False
        self._progress.setVisible(False)
        for button in self._buttons:
            button.setEnabled(True)

    def _on_success(self, path: object) -> None:
        self._finish()
        target = Path(str(path))
        self._status.setText(self.tr("Saved %1").replace("%1", str(target)))
        if self.open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.exported.emit(target)

    def _on_failure(self, error: BaseException) -> None:
        self._finish()
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        message = self.tr("The report could not be saved: %1").replace("%1", detail)
        self._status.setText(message)
        self.export_failed.emit(message)
