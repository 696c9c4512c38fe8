"""The Desk page and its widgets."""
