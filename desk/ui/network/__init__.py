"""The Network page and its widgets."""
