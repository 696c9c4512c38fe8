"""The Reports page and its widgets."""
