"""Words about sending counts, shared by the status bar, the menu action and the network page."""

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
        "other": QCoreApplication.translate("SyncTexts", "the share could not be written"),
    }
    return words.get(status.problem or "", status.error or words["other"])


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
