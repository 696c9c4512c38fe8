"""Benchmarks run only through `make bench`; they print figures and never fail on timing."""
