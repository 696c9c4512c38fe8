"""Digituki Desk: log, guide and report digital-support sessions at Finnish public libraries."""

__version__ = "0.1.0"
APP_NAME = "Digituki Desk"
APP_ID = "digituki-desk"
#: Reverse-DNS id of the desktop entry, AppStream metainfo and icon files.
DESKTOP_ID = "fi.digituki.Desk"
#: The frozen app cannot run `python -c`; the self-test starts the app with this argument instead.
SELF_TEST_QT_PROBE = "--self-test-qt-probe"
#: Nor `python -m desk.sync.collect_check`: central collection starts its helper process with this argument.
COLLECT_HELPER = "--collect-helper"
