"""Write the hostile counts files of this folder: python -m tests.data.hostile.counts.make_hostile

Each lies where a device would write it, in share/digituki-desk/counts/v1/hostile/<device>/2026-02.json,
with a correct SHA-256 unless breaking the hash is the point. EXPECTED says what the collector does.
"""

import copy
import hashlib
import json
from pathlib import Path

from desk.sync.counts import ZERO_HASH, seal

HERE = Path(__file__).parent
COUNTS = HERE / "share" / "digituki-desk" / "counts" / "v1" / "hostile"

#: device folder -> the skip reason code, or None for a file that must be collected.
EXPECTED = {
    "duplicate-day-key": "duplicate-key",
    "february-thirtieth": "schema",
    "long-branch-name": "schema",
    "lone-surrogate": "schema",
    "control-character-name": "schema",
    "deep-nesting": "not-json",
    "float-count": "schema",
    "day-outside-month": "days-outside-month",
    "codes-minutes-sessions": None,
    "future-generated-at": None,
    "unknown-service-code": None,
    "unseen-catalogue-version": None,
    "newer-format": "newer-format",
}


def base(device: str) -> dict:
    """A valid quiet month of one device."""
    day = {
        "by_channel": {"in-person": 6},
        "by_duration_band": {"10-30": 6},
        "by_mode": {"walk-in": 6},
        "by_outcome": {"solved": 6},
        "by_referral": {},
        "by_service": {"netbank": 6},
        "by_service_all": {"netbank": 6},
        "minutes": 90,
        "sessions": 6,
    }
    month = {key: copy.deepcopy(value) for key, value in day.items()}
    month.update(
        {
            "by_age_band": {"75-plus": 6},
            "by_device": {"own-phone": 6},
            "by_language": {"fi": 6},
            "by_service_age_band": {"netbank": {"75-plus": 6}},
            "by_weekday_hour": {"2": {"10": 6}},
            "guides_used": {},
        }
    )
    return {
        "app_version": "0.1.0",
        "branch": {"id": "hostile", "name": "Hostile branch", "region": "Uusimaa"},
        "catalogue_version": 1,
        "content_sha256": "",
        "counts": {"days": {"2026-02-03": day}, "month": month},
        "device_id": device,
        "format": "digituki-desk-counts",
        "format_version": 1,
        "generated_at": "2026-02-28T16:00:00Z",
        "month": "2026-02",
    }


def sealed_text(text: str) -> bytes:
    """Hash text that is not what json.dumps writes (duplicate keys, odd escapes)."""
    draft = text.replace('"content_sha256":""', f'"content_sha256":"{ZERO_HASH}"').encode("ascii")
    digest = hashlib.sha256(draft).hexdigest()
    return draft.replace(ZERO_HASH.encode(), digest.encode(), 1)


def files() -> dict[str, bytes]:
    """device folder -> file bytes."""
    result: dict[str, bytes] = {}

    def document(device: str, change) -> None:
        doc = base(device)
        change(doc)
        result[device] = seal(doc)

    text = json.dumps(base("duplicate-day-key"), sort_keys=True, separators=(",", ":"))
    day_text = json.dumps(base("x")["counts"]["days"]["2026-02-03"], sort_keys=True, separators=(",", ":"))
    result["duplicate-day-key"] = sealed_text(
        text.replace('"days":{"2026-02-03":', f'"days":{{"2026-02-03":{day_text},"2026-02-03":', 1)
    )
    document(
        "february-thirtieth", lambda d: d["counts"]["days"].update({"2026-02-30": d["counts"]["days"]["2026-02-03"]})
    )
    document("long-branch-name", lambda d: d["branch"].update(name="x" * 30000))
    text = json.dumps(base("lone-surrogate"), sort_keys=True, separators=(",", ":"))
    result["lone-surrogate"] = sealed_text(text.replace("Hostile branch", "Hostile \\ud800 branch"))
    document("control-character-name", lambda d: d["branch"].update(name="Line\nbreak"))
    result["deep-nesting"] = b'{"format":"digituki-desk-counts","counts":' + b"[" * 100000 + b"]" * 100000 + b"}"
    text = json.dumps(base("float-count"), sort_keys=True, separators=(",", ":"))
    result["float-count"] = sealed_text(text.replace('"minutes":90', '"minutes":90.0', 1))
    document(
        "day-outside-month", lambda d: d["counts"]["days"].update({"2026-03-01": d["counts"]["days"]["2026-02-03"]})
    )

    def codes_like_fields(d: dict) -> None:
        d["counts"]["days"]["2026-02-03"]["by_service"] = {"minutes": 3, "sessions": 3}
        d["counts"]["month"]["by_service"] = {"minutes": 3, "sessions": 3}

    document("codes-minutes-sessions", codes_like_fields)
    document("future-generated-at", lambda d: d.update(generated_at="2099-01-01T00:00:00Z"))

    def unknown_code(d: dict) -> None:
        d["counts"]["days"]["2026-02-03"]["by_service_all"] = {"netbank": 6, "hologram-help": 1}
        d["counts"]["month"]["by_service_all"] = {"netbank": 6, "hologram-help": 1}

    document("unknown-service-code", unknown_code)
    document("unseen-catalogue-version", lambda d: d.update(catalogue_version=987654))
    document("newer-format", lambda d: d.update(format_version=2, new_section={"x": 1}))
    return result


def main() -> None:
    for device, data in files().items():
        folder = COUNTS / device
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "2026-02.json").write_bytes(data)
    catalogues = HERE / "catalogues"
    catalogues.mkdir(exist_ok=True)
    from desk.resources import resource_path

    shipped = resource_path("catalogue", "services.toml").read_text("utf-8")
    (catalogues / "version-jump.toml").write_text(
        shipped.replace("version = 1\n", "version = 1000000000\n", 1), encoding="utf-8"
    )
    (catalogues / "malformed.toml").write_text(
        'format = "digituki-desk-catalogue"\nversion = 2\nservice = "not a table"\ncategory = 5\n', encoding="utf-8"
    )
    (catalogues / "rich-label.toml").write_text(
        shipped.replace("version = 1\n", "version = 2\n", 1).replace('en = "', 'en = "<img src=/etc/x.png>', 1),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
