"""The coordinator's central database: its tables (``schema``) and every SQL statement on them (``database``)."""
