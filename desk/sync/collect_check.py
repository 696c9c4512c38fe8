"""Reading and checking a collection's counts files, in the collector's process or in a helper process.

The collector stores what is checked; checking is most of the work, so with many files to read a
second process (this module run by the same interpreter) checks folders while the collector
checks others and stores both. Each file is still read and checked on its own: a bad file is a
skipped file with its reason, wherever it was checked. The helper only reads the share and
answers; it never writes anything. If it cannot start or stops answering, the collector checks
the rest itself.
"""

import gc
import logging
import os
import queue
import select
import subprocess
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import msgspec

from desk import COLLECT_HELPER
from desk.share import Share, ShareError, ShareProblem
from desk.share.folder import FolderShare
from desk.share.reasons import Skipped, SkipReason
from desk.sync.counts import MAX_FILE_BYTES, CheckedFile, CountsFileError, check_file

log = logging.getLogger(__name__)

#: A folder to read: its path and, per file, (name, (branch id, device id, month) from its place).
Folder = tuple[str, list[tuple[str, tuple[str, str, str]]]]
#: One file's outcome: relpath, size and modification time as read, and the checked file or why it was skipped.
Outcome = tuple[str, int, int, CheckedFile | None, str, dict[str, str]]

_ENCODE = msgspec.msgpack.Encoder().encode
_REQUEST = msgspec.msgpack.Decoder(list[Folder])
_ANSWER = msgspec.msgpack.Decoder(list[Outcome])


def read_reason(exc: ShareError) -> tuple[SkipReason, dict[str, str]]:
    """Why a file or folder that could not be read is skipped."""
    if exc.problem == ShareProblem.NOT_REGULAR:
        return SkipReason.NOT_REGULAR, {}
    if exc.problem == ShareProblem.TOO_LARGE:
        return SkipReason.TOO_LARGE, {"limit": str(MAX_FILE_BYTES)}
    return SkipReason.UNREADABLE, {"detail": exc.detail[:200]}


def check_folders(store: Share, folders: Iterable[Folder]) -> list[Outcome]:
    """Read and check each listed file; any failure is that file's outcome, never an exception."""
    outcomes: list[Outcome] = []
    for folder, files in folders:
        identities = dict(files)
        for entry, content in store.read_many(folder, list(identities), MAX_FILE_BYTES):
            if isinstance(content, ShareError):
                outcomes.append((entry.path, -1, -1, None, *read_reason(content)))
                continue
            try:
                checked = check_file(content, identities[entry.name])
            except CountsFileError as exc:
                outcomes.append((entry.path, -1, -1, None, exc.reason, dict(exc.params)))
                continue
            except Exception as exc:  # hostile input must never stop the collection; the log has the detail
                log.exception("unexpected failure checking %s", entry.path)
                outcomes.append((entry.path, -1, -1, None, SkipReason.OTHER, {"detail": type(exc).__name__}))
                continue
            outcomes.append((entry.path, entry.size, entry.mtime_ns, checked, "", {}))
    return outcomes


#: The reason an answer gives for a file it cannot carry (text no UTF-8 can hold): the collector checks it itself.
CHECK_HERE = "check-here"


def encode_answer(outcomes: list[Outcome]) -> bytes:
    """An answer; an outcome that cannot be encoded (a lone surrogate in a text) is left to the collector."""
    try:
        return _ENCODE(outcomes)
    except ValueError:
        return _ENCODE([_encodable(outcome) for outcome in outcomes])


def _encodable(outcome: Outcome) -> Outcome:
    try:
        _ENCODE(outcome)
    except ValueError:
        return (outcome[0], -1, -1, None, CHECK_HERE, {})
    return outcome


def sendable(folder: str) -> bool:
    """A folder name an answer can carry (UTF-8 cannot hold the lone surrogates of an undecodable name)."""
    try:
        folder.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def as_skipped(outcome: Outcome) -> Skipped:
    """The skipped file an outcome without a checked file stands for."""
    return Skipped(outcome[0], SkipReason(outcome[4]), outcome[5])


def serve(location: str, requests: IO[bytes], answers: IO[bytes]) -> None:
    """The helper process: check the folders each request names until an empty request or the end.

    One thread takes the requests as they come and another writes the answers, so neither side
    ever waits on a full pipe (a pipe holds 4 to 64 KB; an answer is about 2 MB) while it could
    be checking.
    """
    gc.disable()  # as in the collector: no reference cycles, and sweeps only cost time
    waiting: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    outgoing: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

    def take_requests() -> None:
        while (request := _read_frame(requests)) is not None and request:
            waiting.put(request)
        waiting.put(None)

    def give_answers() -> None:
        try:
            while (answer := outgoing.get()) is not None:
                _write_frame(answers, answer)
        except OSError:
            pass  # the collector is gone

    threading.Thread(target=take_requests, name="collect-helper-requests", daemon=True).start()
    writer = threading.Thread(target=give_answers, name="collect-helper-answers")
    writer.start()
    store = FolderShare(location)
    try:
        while (request := waiting.get()) is not None:
            outgoing.put(encode_answer(check_folders(store, _REQUEST.decode(request))))
    finally:
        outgoing.put(None)
        writer.join()
        store.close()


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    """The next size bytes of a stream (a pipe may give them in parts), or None when it ends first."""
    parts: list[bytes] = []
    while size > 0:
        part = stream.read(size)
        if not part:
            return None
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _read_frame(stream: IO[bytes]) -> bytes | None:
    """One length-prefixed message, or None at the end of the stream."""
    head = _read_exactly(stream, 4)
    if head is None:
        return None
    return _read_exactly(stream, int.from_bytes(head, "little"))


def _write_frame(stream: IO[bytes], body: bytes) -> None:
    """One length-prefixed message, written whole."""
    for part in (len(body).to_bytes(4, "little"), body):
        view = memoryview(part)
        while view:
            written = stream.write(view)
            view = view[written or 0 :]
    stream.flush()


def _readable(stream: IO[bytes]) -> bool:
    """Something (or the end) can be read from a pipe without waiting."""
    try:
        if sys.platform == "win32":
            import _winapi
            import msvcrt

            available, _left = _winapi.PeekNamedPipe(msvcrt.get_osfhandle(stream.fileno()), 0)
            return bool(available)
        return bool(select.select([stream], [], [], 0)[0])
    except (OSError, ValueError):
        return True  # broken: reading says so


#: The collector starts a helper only with at least this many files to read (starting one costs about 0.1 s).
HELPER_MINIMUM = 2000


class Helper:
    """A helper process checking folders for the collector (see :meth:`start`).

    It is this module run with the same interpreter (``python -m``), so it never imports the
    caller's main script; requests go to its standard input and answers come back on its
    standard output, read in this thread only when one is there.
    """

    def __init__(self, process: "subprocess.Popen[bytes]") -> None:
        self._process = process
        self._gone = False

    @classmethod
    def start(cls, store: Share) -> "Helper | None":
        """A helper for a folder share when there is a second core; otherwise None."""
        if (os.cpu_count() or 1) < 2 or type(store) is not FolderShare:
            return None
        command = helper_command(str(store.root))
        if command is None:
            return None
        paths = [str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")]
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(path for path in paths if path)}
        # A console program started from the windowed app would open a console window on Windows.
        no_window = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=environment,
                bufsize=0,
                creationflags=no_window,
            )
        except OSError:  # no helper is a slower collection, never a failed one
            log.exception("no helper process for the collection")
            return None
        log.info("collection: a helper process (%d) checks folders too", process.pid)
        return cls(process)

    def send(self, folders: list[Folder]) -> bool:
        """Ask for folders to be checked; False when the helper is gone."""
        stream = self._process.stdin
        assert stream is not None
        try:
            _write_frame(stream, _ENCODE(folders))
        except (OSError, ValueError):
            self._gone = True
        return not self._gone

    def ready(self) -> bool:
        """An answer (or the helper's end) is there to receive."""
        stream = self._process.stdout
        assert stream is not None
        return self._gone or _readable(stream)

    def receive(self) -> list[Outcome] | None:
        """The oldest answer (waiting for it), or None when the helper is gone; it stays gone."""
        stream = self._process.stdout
        assert stream is not None
        if not self._gone:
            try:
                frame = _read_frame(stream)
                if frame is not None:
                    return _ANSWER.decode(frame)
            except (OSError, ValueError, msgspec.DecodeError):
                log.exception("the collection's helper process answered what cannot be read")
            self._gone = True
        return None

    def close(self) -> None:
        """Let the helper end, and make sure it did (at once, even if answers it was asked for are unread)."""
        for stream, last in ((self._process.stdin, b""), (self._process.stdout, None)):
            if stream is None:
                continue
            try:
                if last is not None:
                    _write_frame(stream, last)
            except (OSError, ValueError):
                pass
            try:
                stream.close()  # an answer still being written now fails in the helper, which then ends
            except OSError:
                pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def helper_command(location: str) -> list[str] | None:
    """How to start a helper for the share folder at `location`, or None when this program cannot.

    From source or a wheel it is this module run by the same interpreter (``python -m``), so it never
    imports the caller's main script; a bundle's programs are the app itself, so there it is the bundle's
    console program with the COLLECT_HELPER argument (desk.__main__).
    """
    if not getattr(sys, "frozen", False):
        return [sys.executable, "-m", __name__, location] if sys.executable else None
    console = Path(sys.executable).with_name("desk" + Path(sys.executable).suffix)
    return [str(console if console.is_file() else Path(sys.executable)), COLLECT_HELPER, location]


def run_helper(location: str) -> int:
    """The helper process's main: serve the collector on standard input and output until it is done."""
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)
    sys.stdout = sys.stderr  # nothing printed by accident can end up among the answers
    serve(location, sys.stdin.buffer, answers)
    return 0


if __name__ == "__main__":
    sys.exit(run_helper(sys.argv[1]))
