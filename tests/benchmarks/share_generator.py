"""Generate a realistic share of counts files for benchmarks: N devices × M months, valid and hashed.

    python -m tests.benchmarks.share_generator /tmp/share --devices 2000 --months 12

Branch sizes follow the real network: most branches are small (3–15 sessions a week), some
city libraries large (50–150). Files are sealed exactly as a device writes them.
"""

import argparse
import random
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from desk.domain.codes import AgeBand, Channel, Device, Mode, Outcome, ProviderRole, ReferralTarget, ServiceLanguage
from desk.settings import REGIONS
from desk.sync.counts import DAY_BREAKDOWN_KEYS, FORMAT_NAME, FORMAT_VERSION, relative_path, seal

SERVICES = (
    ("smartphone-basics", 14),
    ("computer-tablet", 9),
    ("updates-apps", 7),
    ("strong-id", 10),
    ("netbank", 10),
    ("omakela", 8),
    ("omakanta", 7),
    ("email", 6),
    ("accounts-passwords", 4),
    ("omavero", 3),
    ("suomifi-login", 3),
    ("library-online", 4),
    ("e-kirjasto", 2),
    ("printing-scanning", 7),
    ("scams", 5),
    ("other", 1),
)
OUTCOMES = ((Outcome.SOLVED, 75), (Outcome.PARTLY, 12), (Outcome.REFERRED, 10), (Outcome.NOT_SOLVED, 3))
CHANNELS = ((Channel.IN_PERSON, 90), (Channel.PHONE, 8), (Channel.REMOTE, 2))
MODES = ((Mode.WALK_IN, 70), (Mode.APPOINTMENT, 30))
ROLES = ((ProviderRole.STAFF, 80), (ProviderRole.VOLUNTEER, 12), (ProviderRole.CONSCRIPT, 5), (ProviderRole.TRAINEE, 3))
AGES = ((AgeBand.UNDER_65, 20), (AgeBand.AGE_65_74, 35), (AgeBand.AGE_75_PLUS, 35), (AgeBand.NOT_ASKED, 10))
LANGUAGES = ((ServiceLanguage.FI, 88), (ServiceLanguage.SV, 6), (ServiceLanguage.EN, 4), (ServiceLanguage.OTHER, 2))
DEVICES = ((Device.OWN_PHONE, 55), (Device.OWN_TABLET, 10), (Device.OWN_COMPUTER, 20), (Device.LIBRARY_COMPUTER, 15))
BANDS = (("under-10", 25), ("10-30", 55), ("30-60", 17), ("over-60", 3))
MINUTES = {"under-10": 6, "10-30": 18, "30-60": 42, "over-60": 75}


def _pick(rng: random.Random, table, k: int) -> Counter:
    codes = [str(code) for code, _ in table]
    return Counter(rng.choices(codes, [weight for _, weight in table], k=k))


def month_document(rng: random.Random, branch: tuple[str, str, str], device: str, month: str, weekly: float) -> dict:
    """One device's sealed-ready document for a month."""
    year, number = int(month[:4]), int(month[5:])
    first = date(year, number, 1)
    days_in_month = ((first.replace(day=28) + timedelta(days=4)).replace(day=1) - first).days
    open_weekdays = (1, 2, 3, 4, 5) if weekly > 40 else (2, 4)
    days = {}
    month_total = minutes_total = 0
    ages: Counter = Counter()
    service_age: dict[str, Counter] = {}
    weekday_hour: dict[str, Counter] = {}
    for offset in range(days_in_month):
        day = first + timedelta(days=offset)
        if day.isoweekday() not in open_weekdays:
            continue
        sessions = max(0, round(rng.gauss(weekly / len(open_weekdays), 1 + weekly / 20)))
        if sessions == 0:
            continue
        bands = _pick(rng, BANDS, sessions)
        minutes = sum(MINUTES[band] * count for band, count in bands.items())
        services = _pick(rng, SERVICES, sessions)
        outcomes = _pick(rng, OUTCOMES, sessions)
        referred = outcomes.get("referred", 0)
        days[day.isoformat()] = {
            "sessions": sessions,
            "minutes": minutes,
            "by_service": dict(services),
            "by_service_all": dict(services + _pick(rng, SERVICES, sessions // 4)),
            "by_outcome": dict(outcomes),
            "by_referral": dict(_pick(rng, [(code, 1) for code in ReferralTarget], referred)) if referred else {},
            "by_channel": dict(_pick(rng, CHANNELS, sessions)),
            "by_mode": dict(_pick(rng, MODES, sessions)),
            "by_provider_role": dict(_pick(rng, ROLES, sessions)),
            "by_duration_band": dict(bands),
        }
        month_total += sessions
        minutes_total += minutes
        day_ages = _pick(rng, AGES, sessions)
        ages.update(day_ages)
        for service, count in services.items():
            service_age.setdefault(service, Counter()).update(_pick(rng, AGES, count))
        hours = weekday_hour.setdefault(str(day.isoweekday()), Counter())
        hours.update(str(hour) for hour in rng.choices(range(10, 19), k=sessions))
    sums = {name: Counter() for name in DAY_BREAKDOWN_KEYS}
    for counts in days.values():
        for name in DAY_BREAKDOWN_KEYS:
            sums[name].update(counts[name])
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "branch": {"id": branch[0], "name": branch[1], "region": branch[2]},
        "device_id": device,
        "month": month,
        "generated_at": f"{month}-28T16:00:00Z",
        "app_version": "0.1.0",
        "catalogue_version": 1,
        "content_sha256": "",
        "counts": {
            "days": days,
            "month": {
                "sessions": month_total,
                "minutes": minutes_total,
                "by_age_band": dict(ages),
                "by_language": dict(_pick(rng, LANGUAGES, month_total)),
                "by_device": dict(_pick(rng, DEVICES, month_total)),
                "by_service_age_band": {code: dict(bands) for code, bands in service_age.items()},
                "by_weekday_hour": {day: dict(hours) for day, hours in weekday_hour.items()},
                "guides_used": dict(_pick(rng, [(f"guide-{n}", 1) for n in range(40)], month_total // 3)),
                **{name: dict(counter) for name, counter in sums.items()},
            },
        },
    }


def generate_share(root: Path, devices: int = 2000, months: int = 12, seed: int = 1, last: str = "2026-12") -> int:
    """Write devices × months counts files under root; returns the number of files. Reuses a complete earlier run."""
    marker = root / f".complete-v2-{devices}-{months}-{seed}-{last}"
    if marker.exists():
        return devices * months
    rng = random.Random(seed)
    year, number = int(last[:4]), int(last[5:])
    month_names = []
    for _ in range(months):
        month_names.append(f"{year:04d}-{number:02d}")
        year, number = (year, number - 1) if number > 1 else (year - 1, 12)
    written = 0
    branch_number = 0
    device_number = 0
    while device_number < devices:
        branch_number += 1
        size = rng.random()
        weekly = rng.uniform(3, 15) if size < 0.7 else rng.uniform(20, 50) if size < 0.93 else rng.uniform(50, 150)
        branch = (f"branch-{branch_number:04d}", f"Kirjasto {branch_number}", rng.choice(REGIONS))
        for _ in range(min(devices - device_number, 1 if weekly < 20 else rng.randint(2, 5))):
            device = f"{device_number:016x}"
            device_number += 1
            for month in month_names:
                path = root / relative_path(branch[0], device, month)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(seal(month_document(rng, branch, device, month, weekly / 1.0)))
                written += 1
    marker.write_text("ok")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--devices", type=int, default=2000)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    count = generate_share(args.root, args.devices, args.months, args.seed)
    print(f"{count} files under {args.root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
