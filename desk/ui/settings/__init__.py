"""The Settings page and the first-run dialog."""
