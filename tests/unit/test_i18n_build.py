"""The merge helper for translation sources fills what one side of a merge lacks."""

import xml.etree.ElementTree as ET

from desk import i18n_build


def _ts(messages: dict[str, str | None]) -> str:
    body = "".join(
        f"<message><source>{source}</source>"
        + (f"<translation>{text}</translation>" if text else '<translation type="unfinished"></translation>')
        + "</message>"
        for source, text in messages.items()
    )
    return f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1"><context><name>Page</name>{body}</context></TS>'


def test_absorb_fills_only_unfinished_messages(tmp_path, monkeypatch):
    ours_dir = tmp_path / "translations"
    ours_dir.mkdir()
    (ours_dir / "core_fi.ts").write_text(_ts({"Save": "Tallenna", "Quit": None, "Open": None}), encoding="utf-8")
    theirs = tmp_path / "theirs_core_fi.ts"
    theirs.write_text(_ts({"Save": "Talleta", "Quit": "Lopeta", "Open": None}), encoding="utf-8")
    monkeypatch.setattr(i18n_build, "resource_path", lambda *parts: ours_dir.joinpath(*parts[1:]))
    (ours_dir / "desk_fi.ts").write_text(_ts({}), encoding="utf-8")
    assert i18n_build.absorb([theirs]) == 0
    result = {
        m.findtext("source"): (m.findtext("translation"), m.find("translation").get("type"))
        for m in ET.parse(ours_dir / "core_fi.ts").iter("message")
    }
    assert result == {"Save": ("Tallenna", None), "Quit": ("Lopeta", None), "Open": ("", "unfinished")}
