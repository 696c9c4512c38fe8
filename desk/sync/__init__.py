"""Anonymised counts to the share: build snapshots, write safely, collect centrally; no Qt."""
