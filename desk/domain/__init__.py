"""Plain dataclasses and rules of the digituki domain; no Qt, no database."""
