"""One instance per data dir: a lock file, and a local socket to bring the first window forward."""

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QLockFile, QObject, Signal
from PySide6.QtWidgets import QWidget

from desk import paths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer


def _server_name() -> str:
    data = QByteArray(str(paths.data_dir().resolve()).encode())
    digest = bytes(QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256).toHex().data()).decode()[:16]
    return f"digituki-desk-{digest}"


def bring_forward(window: QWidget) -> None:
    """Raise and activate the window, keeping it maximised or normal as it was (only a minimised one opens)."""
    from PySide6.QtCore import Qt  # not at import: the window shows before the `Qt` namespace's types are made

    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    if not window.isVisible():
        window.show()
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    """Holds the data dir's lock while the app runs.

    Signals:
        activation_requested(): a second launch asked this instance to show itself.
    """

    activation_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        paths.data_dir().mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(paths.lock_path()))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the data dir's lock; False when another instance holds it."""
        return self._lock.tryLock(200)

    def listen(self) -> None:
        """Accept activation requests; called once the window shows, so QtNetwork does not delay it."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(_server_name())
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(_server_name())

    def notify_running_instance(self) -> bool:
        """Ask the running instance to come forward."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + 10  # the first instance may still be starting up
        while True:
            socket.connectToServer(_server_name())
            if socket.waitForConnected(500):
                break
            if time.monotonic() > deadline:
                return False
            time.sleep(0.2)
        socket.write(b"activate\n")
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        connection = self._server.nextPendingConnection()
        if connection is not None:
            connection.deleteLater()
        self.activation_requested.emit()

    def release(self) -> None:
        """Give up the lock."""
        if self._server:
            self._server.close()
        self._lock.unlock()
