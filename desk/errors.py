"""Exceptions that carry a message meant for the user, one family per layer."""


class DeskError(Exception):
    """An error whose message can be shown to the user as it is."""


class ConfigError(DeskError):
    """A configuration file or value is wrong."""


class StoreError(DeskError):
    """The local database cannot be used."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer version of the app."""


class CorruptDatabaseError(StoreError):
    """The database failed its integrity check."""


class BackupError(StoreError):
    """A backup could not be made or restored; the database itself is unchanged."""


class InstanceLockedError(DeskError):
    """Another instance already runs on this data dir."""


class SyncError(DeskError):
    """Writing to or reading from the share failed."""


class GuideError(DeskError):
    """A guide file is invalid or missing."""


class ReportError(DeskError):
    """A report could not be made."""
