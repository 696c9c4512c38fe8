"""Signed guide packs (`desk guides keygen` / `sign`), the site config's key, and what a pack changed."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from desk import paths
from desk.cli import parse
from desk.cli.common import CommandError
from desk.guides.pack import PackStatus, pack_dir, refresh_pack
from desk.guides.pack_changes import read_changes
from desk.guides.signing import generate_key, public_key_problem, sign_pack, site_public_key
from desk.share import FolderShare

VALID = Path(__file__).resolve().parents[2] / "data" / "guides" / "valid"
TODAY = date(2026, 12, 1)


@pytest.fixture
def coordinator(tmp_path):
    """A key file, its public key and a published pack on a share."""
    key_file = tmp_path / "coordinator.pem"
    public = generate_key(key_file)
    share = tmp_path / "share"
    shutil.copytree(VALID, pack_dir(share))
    return key_file, public, share


def _guide(share: Path) -> Path:
    return pack_dir(share) / "fi" / "test-guide.md"


def test_signed_pack_is_taken_into_use(coordinator, tmp_path):
    key_file, public, share = coordinator
    count, signer = sign_pack(pack_dir(share), key_file)
    assert count == 3 and signer == public
    result = refresh_pack(FolderShare(share), tmp_path / "cache", None, TODAY, public)
    assert result.status is PackStatus.UPDATED, result.message
    assert read_changes(tmp_path / "cache").signed


def test_unsigned_pack_is_refused_when_a_key_is_configured(coordinator, tmp_path):
    _key_file, public, share = coordinator
    result = refresh_pack(FolderShare(share), tmp_path / "cache", None, TODAY, public)
    assert result.status is PackStatus.BROKEN
    assert "the pack is not signed" in result.message
    assert not (tmp_path / "cache").exists()
    assert refresh_pack(FolderShare(share), tmp_path / "cache", None, TODAY, "").status is PackStatus.UPDATED, (
        "no key: taken"
    )


@pytest.mark.parametrize(
    ("tamper", "words"),
    [
        (lambda share: _guide(share).write_text(_guide(share).read_text("utf-8") + "\n", "utf-8"), "was changed after"),
        (lambda share: shutil.copy(_guide(share), pack_dir(share) / "fi" / "extra.md"), "not in the signed manifest"),
        (lambda share: (pack_dir(share) / "images" / "login-button.png").unlink(), "missing from the pack"),
        (
            lambda share: (pack_dir(share) / "manifest.sha256").write_text(
                (pack_dir(share) / "manifest.sha256").read_text("utf-8").replace("fi/", "sv/", 1), "utf-8"
            ),
            "signature does not match",
        ),
    ],
    ids=["changed-guide", "added-file", "removed-picture", "edited-manifest"],
)
def test_tampered_pack_is_refused(coordinator, tmp_path, tamper, words):
    key_file, public, share = coordinator
    sign_pack(pack_dir(share), key_file)
    tamper(share)
    result = refresh_pack(FolderShare(share), tmp_path / "cache", None, TODAY, public)
    assert result.status is PackStatus.BROKEN
    assert words in result.message
    assert not (tmp_path / "cache").exists()


def test_pack_signed_with_another_key_is_refused(coordinator, tmp_path):
    _key_file, public, share = coordinator
    other = tmp_path / "other.pem"
    generate_key(other)
    sign_pack(pack_dir(share), other)
    result = refresh_pack(FolderShare(share), tmp_path / "cache", None, TODAY, public)
    assert result.status is PackStatus.BROKEN and "signature does not match" in result.message


def test_site_config_names_the_key_and_the_user_config_cannot(coordinator):
    _key_file, public, _share = coordinator
    assert site_public_key() == ""
    paths.user_config_path().parent.mkdir(parents=True, exist_ok=True)
    paths.user_config_path().write_text(f'[guides]\npack_public_key = "{public}"\n', "utf-8")
    assert site_public_key() == ""
    paths.site_config_path().parent.mkdir(parents=True, exist_ok=True)
    paths.site_config_path().write_text(f'[guides]\npack_public_key = "{public}"\n', "utf-8")
    assert site_public_key() == public


def test_refresh_reads_the_key_from_the_site_config(coordinator, tmp_path):
    _key_file, public, share = coordinator
    paths.site_config_path().parent.mkdir(parents=True, exist_ok=True)
    paths.site_config_path().write_text(f'[guides]\npack_public_key = "{public}"\n', "utf-8")
    assert refresh_pack(FolderShare(share), tmp_path / "cache", None, TODAY).status is PackStatus.BROKEN


def test_bad_key_in_site_config_is_a_config_problem():
    from desk.config import Config

    assert "base64" in (public_key_problem("not a key!") or "")
    assert "32 bytes" in (public_key_problem("AAAA") or "")
    paths.site_config_path().parent.mkdir(parents=True, exist_ok=True)
    paths.site_config_path().write_text('[guides]\npack_public_key = "AAAA"\n', "utf-8")
    assert any("Ed25519 public key" in str(problem) for problem in Config().problems)


def main(argv: list[str]) -> int:
    """Run one command's handler in this process (desk.cli.main would also set up logging for the process)."""
    args = parse(argv)
    try:
        return args.handler(args)
    except CommandError as exc:
        print(exc, file=__import__("sys").stderr)
        return exc.exit_code


def test_cli_keygen_and_sign(tmp_path, capsys):
    share = tmp_path / "share"
    shutil.copytree(VALID, pack_dir(share))
    key_file = tmp_path / "k.pem"
    assert main(["--lang", "en", "guides", "keygen", str(key_file)]) == 0
    printed = capsys.readouterr().out
    public = printed.split('"')[1]
    assert printed.startswith("[guides]\npack_public_key = ") and public_key_problem(public) is None
    assert key_file.stat().st_mode & 0o077 == 0, "only the owner may read the private key"
    assert main(["--lang", "en", "guides", "keygen", str(key_file)]) == 2, "an existing key is never overwritten"
    assert main(["--lang", "en", "guides", "sign", str(pack_dir(share)), "--key", str(key_file)]) == 0
    assert "signed 3 files" in capsys.readouterr().out
    assert refresh_pack(FolderShare(share), tmp_path / "cache", None, TODAY, public).status is PackStatus.UPDATED
    assert main(["--lang", "en", "guides", "sign", str(pack_dir(share)), "--key", str(tmp_path / "missing.pem")]) == 1
    assert "not a readable private key" in capsys.readouterr().err


def test_changes_say_what_each_pack_added_changed_and_removed(tmp_path):
    share, cache = tmp_path / "share", tmp_path / "cache"
    shutil.copytree(VALID, pack_dir(share))
    first = refresh_pack(FolderShare(share), cache, None, TODAY, "")
    assert [(g.guide_id, g.language) for g in first.changes.added] == [("test-guide", "fi"), ("test-guide", "sv")]
    guide = _guide(share)
    guide.write_text(guide.read_text("utf-8").replace("Testiohje verkkopankkitunnuksille", "Uusi otsikko"), "utf-8")
    (pack_dir(share) / "sv" / "test-guide.md").unlink()
    new = pack_dir(share) / "fi" / "second.md"
    new.write_text(_guide(share).read_text("utf-8").replace("id: test-guide", "id: second-guide"), "utf-8")
    second = refresh_pack(FolderShare(share), cache, None, TODAY, "")
    changes = read_changes(cache)
    assert second.changes == changes
    assert [(g.guide_id, g.title) for g in changes.added] == [("second-guide", "Uusi otsikko")]
    assert [(g.guide_id, g.title) for g in changes.changed] == [("test-guide", "Uusi otsikko")]
    assert [(g.guide_id, g.language) for g in changes.removed] == [("test-guide", "sv")]
    assert changes.status_of("second-guide", "fi") == "added" and changes.status_of("test-guide", "fi") == "changed"
    picture = pack_dir(share) / "images" / "login-button.png"
    picture.write_bytes(picture.read_bytes() + b"\0")
    refresh_pack(FolderShare(share), cache, None, TODAY, "")
    assert [g.guide_id for g in read_changes(cache).changed] == ["second-guide", "test-guide"], "a picture counts"


def test_pack_taken_before_the_key_was_configured_is_not_used(coordinator, tmp_path):
    from desk.domain.catalogue import shipped_catalogue
    from desk.guides.service import load_guides

    _key_file, public, share = coordinator
    cache = tmp_path / "cache"
    assert refresh_pack(FolderShare(share), cache, None, TODAY, "").status is PackStatus.UPDATED
    assert load_guides(shipped_catalogue(), cache_dir=cache, today=TODAY).library.get("test-guide", "fi")
    paths.site_config_path().parent.mkdir(parents=True, exist_ok=True)
    paths.site_config_path().write_text(f'[guides]\npack_public_key = "{public}"\n', "utf-8")
    loaded = load_guides(shipped_catalogue(), cache_dir=cache, today=TODAY)
    assert loaded.library.get("test-guide", "fi") is None
    assert any("not signed with the key in the site config" in p.message for p in loaded.library.invalid)


def test_check_warns_about_a_pack_edited_after_signing(coordinator, capsys):
    from desk.guides.signing import stale_manifest

    key_file, _public, share = coordinator
    pack = pack_dir(share)
    assert stale_manifest(pack) is None, "never signed: nothing to say"
    sign_pack(pack, key_file)
    assert stale_manifest(pack) is None
    assert main(["--lang", "en", "guides", "check", str(pack)]) == 0
    assert "manifest.sha256" not in capsys.readouterr().out
    guide = _guide(share)
    guide.write_text(guide.read_text("utf-8").replace("Kirjaudu ulos", "Kirjaudu ulos heti"), "utf-8")
    assert main(["--lang", "en", "guides", "check", str(pack)]) == 0
    out = capsys.readouterr().out
    assert f"{pack / 'manifest.sha256'}:1: warning: fi/test-guide.md was changed after the pack was signed" in out
