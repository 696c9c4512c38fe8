"""Offline step-by-step guides: parse, validate, index and print; no Qt."""
