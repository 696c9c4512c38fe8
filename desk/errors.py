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


class SyncError(DeskError):
    """Writing to or reading from the share failed."""
