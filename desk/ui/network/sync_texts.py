"""Words about sending and collecting counts, shared by the status bar, the menu action and the network page.

The Qt-free sync layer returns codes with parameters; this is where they become words.
"""

from PySide6.QtCore import QCoreApplication

from desk.sync.status import SyncStatus


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
