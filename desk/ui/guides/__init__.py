"""The Guides page and its widgets."""
