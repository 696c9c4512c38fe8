"""Words about sending and collecting counts, shared by the status bar, the menu action and the network page.

The Qt-free sync layer returns codes with parameters; this is where they become words.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desk.sync.status import SyncStatus

if TYPE_CHECKING:
    from desk.share.errors import OsReason


def problem_words(status: SyncStatus) -> str:
    """The cause of a failed sync in plain words, in the UI language."""
    words = {
        "share-not-found": QCoreApplication.translate("SyncTexts", "share not found"),
        "no-permission": QCoreApplication.translate("SyncTexts", "no permission to write to the share"),
        "disk-full": QCoreApplication.translate("SyncTexts", "the share is full"),
        "file-in-use": QCoreApplication.translate("SyncTexts", "a file on the share is in use"),
        "verify-failed": QCoreApplication.translate(
            "SyncTexts", "the file read back from the share was not what was written"
        ),
        "no-branch": QCoreApplication.translate("SyncTexts", "the branch id is not set (Settings)"),
        "not-regular": QCoreApplication.translate(
            "SyncTexts", "a link or other odd entry on the share was refused (never followed)"
        ),
        "too-large": QCoreApplication.translate("SyncTexts", "a file on the share is larger than allowed"),
        "invalid-file": QCoreApplication.translate(
            "SyncTexts", "the counts file to send failed its check and was not written"
        ),
        "other": QCoreApplication.translate("SyncTexts", "the share could not be written"),
    }
    return words.get(status.problem or "", words["other"])


def problem_advice(status: SyncStatus) -> str:
    """What staff (or IT) can do about a failed sync, in the UI language."""
    advice = {
        "share-not-found": QCoreApplication.translate(
            "SyncTexts",
            "Check that this PC is on the library network and that the shared network folder in Settings is "
            "right. If it is, ask your IT whether the share is down.",
        ),
        "no-permission": QCoreApplication.translate(
            "SyncTexts", "Ask your IT to give this PC's user the right to write to the shared network folder."
        ),
        "disk-full": QCoreApplication.translate("SyncTexts", "Ask your IT to free space on the shared network folder."),
        "file-in-use": QCoreApplication.translate(
            "SyncTexts", "Another program has the file open. Nothing needs doing: the next try usually works."
        ),
        "no-branch": QCoreApplication.translate("SyncTexts", "Set the branch id in Settings, then send again."),
        "not-regular": QCoreApplication.translate(
            "SyncTexts", "Someone has put a link in this PC's folder on the share. Tell your IT or coordinator."
        ),
        "too-large": QCoreApplication.translate(
            "SyncTexts", "Tell your coordinator: a file in this PC's folder on the share is not one the app wrote."
        ),
        "invalid-file": QCoreApplication.translate(
            "SyncTexts", "Tell your coordinator or IT; the log (desk.log) says which month and why."
        ),
    }
    general = QCoreApplication.translate(
        "SyncTexts",
        "Nothing on this PC is lost: counts wait here and are sent when the share works again. "
        "The app tries again by itself.",
    )
    fallback = QCoreApplication.translate("SyncTexts", "If this goes on, tell your IT.")
    specific = advice.get(status.problem or "", fallback)
    return specific + "\n\n" + general


def catalogue_words(problem: str, params: dict[str, str]) -> str:
    """Why the service catalogue published on the share was not used, in the UI language."""
    words = {
        "unreadable": QCoreApplication.translate("SyncTexts", "the service catalogue on the share cannot be read"),
        "too-large": QCoreApplication.translate("SyncTexts", "the service catalogue on the share is too large"),
        "invalid": QCoreApplication.translate("SyncTexts", "the service catalogue on the share is not valid"),
        "version-jump": QCoreApplication.translate(
            "SyncTexts", "the service catalogue on the share jumps from version %2 to %1"
        ),
        "code-dropped": QCoreApplication.translate(
            "SyncTexts", "the service catalogue on the share drops the code %1 without a successor"
        ),
        "bad-label": QCoreApplication.translate(
            "SyncTexts", "the service catalogue on the share has a label that is not plain text (%1)"
        ),
    }
    text = words.get(problem, words["invalid"])
    first = params.get("version") or params.get("code", "")
    return text.replace("%1", first).replace("%2", params.get("installed", ""))


def catalogue_note(problem: str, params: dict[str, str]) -> str:
    """'Catalogue not used: <why>.' for the status bar and the Network page."""
    return QCoreApplication.translate("SyncTexts", "Catalogue not used: %1.").replace(
        "%1", catalogue_words(problem, params)
    )


def last_sent(moment: str) -> str:
    """'Last sent <time>.' after a failure."""
    return QCoreApplication.translate("SyncTexts", "Last sent %1.").replace("%1", moment)


def send_now() -> str:
    """The name of the action that sends counts now."""
    return QCoreApplication.translate("SyncTexts", "Send counts now")


def send_now_hint() -> str:
    """How to send counts from the status bar."""
    return QCoreApplication.translate("SyncTexts", "Click or press Enter to send counts now")


def counts_menu() -> str:
    """The menu holding the action."""
    return QCoreApplication.translate("SyncTexts", "&Counts")


def os_reason_words(reason: "OsReason") -> str:
    """Why the system refused a file operation, in the UI language (the raw OS text stays in the log and tooltips)."""
    # desk.share is imported when a problem is worded, not when the status bar first shows "counts sent".
    from desk.share.errors import OsReason

    words = {
        OsReason.NO_ACCESS: QCoreApplication.translate("SyncTexts", "no access rights"),
        OsReason.NOT_FOUND: QCoreApplication.translate("SyncTexts", "the file or folder does not exist"),
        OsReason.DISK_FULL: QCoreApplication.translate("SyncTexts", "the disk is full"),
        OsReason.READ_ONLY: QCoreApplication.translate("SyncTexts", "the disk is read-only"),
        OsReason.NETWORK: QCoreApplication.translate("SyncTexts", "the network connection failed"),
        OsReason.IN_USE: QCoreApplication.translate("SyncTexts", "the file is in use"),
        OsReason.NAME_TOO_LONG: QCoreApplication.translate("SyncTexts", "the name is too long"),
        OsReason.OTHER: QCoreApplication.translate("SyncTexts", "the system refused (details in the tooltip)"),
    }
    return words[reason]


def detail_words(detail: str) -> str:
    """The translated reason named by a technical detail such as '[EACCES] Permission denied: …'."""
    from desk.share.errors import reason_of_detail

    return os_reason_words(reason_of_detail(detail))
