"""Layered configuration: defaults < site config < user config < command line.

The site config (managed by IT) can lock keys with a `[lock]` table::

    [lock]
    keys = ["branch.id", "share.path"]
    reason = "Set by the city's IT services"

A broken file is reported as `file:line: problem` and the other layers still apply.
"""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk import paths
from desk.errors import ConfigError
from desk.settings import BRANCH_ID, BRANCH_NAME, BY_KEY, SHARE_PATH, Setting

_LINE_IN_TOML_ERROR = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class ConfigProblem:
    """One problem found in a config file."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class Layer:
    """Values read from one source."""

    name: str
    values: dict[str, Any] = field(default_factory=dict)


def _line_of_key(text: str, section: str, name: str) -> int:
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = re.match(r"^\[\s*([^\]]+?)\s*\]", stripped)
        if header:
            current = header.group(1)
            continue
        if current == section and re.match(rf"^{re.escape(name)}\s*=", stripped):
            return number
        if not current and re.match(rf"^{re.escape(section)}\.{re.escape(name)}\s*=", stripped):
            return number
    return 1


def _lock_keys(keys: Any) -> tuple[list[str], str | None]:
    """The setting keys a `[lock] keys = [...]` value names, and what is wrong with the value."""
    example = 'write it as keys = ["branch.id", "share.path"]'
    if not isinstance(keys, list):
        return [], f"'lock.keys' must be a list of setting names in quotes; {example}"
    texts = [key for key in keys if isinstance(key, str)]
    if len(texts) != len(keys):  # the names that are there still lock
        known = [key for key in texts if key in BY_KEY]
        return known, f"'lock.keys' must hold only setting names in quotes, not tables or numbers; {example}"
    unknown = [key for key in texts if key not in BY_KEY]
    if unknown:
        return [key for key in texts if key in BY_KEY], f"unknown keys to lock: {', '.join(unknown)}"
    return texts, None


def read_file(path: Path, layer_name: str, allow_lock: bool) -> tuple[Layer, list[str], str, list[ConfigProblem]]:
    """Read one TOML file; return its values, locked keys, lock reason and problems."""
    layer = Layer(layer_name)
    problems: list[ConfigProblem] = []
    if not path.exists():
        return layer, [], "", problems
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")  # PowerShell 5.1 and old Notepad start UTF-8 files with a byte-order mark
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return layer, [], "", [ConfigProblem(path, line, "the file is not UTF-8 text; save it as UTF-8")]
    except OSError as exc:
        return layer, [], "", [ConfigProblem(path, 1, f"cannot be read: {exc.strerror}")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _LINE_IN_TOML_ERROR.search(str(exc))
        line = int(match.group(1)) if match else 1
        message = _LINE_IN_TOML_ERROR.sub("", str(exc)).strip()
        return layer, [], "", [ConfigProblem(path, line, f"not valid TOML: {message}; fix or remove this line")]
    locked: list[str] = []
    reason = ""
    for section, table in data.items():
        if section == "lock" and allow_lock and isinstance(table, dict):
            locked, problem = _lock_keys(table.get("keys", []))
            if problem:
                problems.append(ConfigProblem(path, _line_of_key(text, "lock", "keys"), problem))
            reason = str(table.get("reason", ""))
            continue
        if not isinstance(table, dict):
            problems.append(ConfigProblem(path, _line_of_key(text, "", section), f"unknown setting '{section}'"))
            continue
        for name, value in table.items():
            key = f"{section}.{name}"
            line = _line_of_key(text, section, name)
            setting = BY_KEY.get(key)
            if setting is None:
                problems.append(ConfigProblem(path, line, f"unknown setting '{key}'; remove it or check the spelling"))
                continue
            problem = setting.problem(value)
            if problem:
                problems.append(ConfigProblem(path, line, problem))
                continue
            layer.values[key] = value
    return layer, locked, reason, problems


class Config:
    """The effective settings of this PC, with where each value came from."""

    def __init__(self, overrides: dict[str, Any] | None = None) -> None:
        self.problems: list[ConfigProblem] = []
        site, self.locked_keys, self.lock_reason, site_problems = read_file(
            paths.site_config_path(), "site", allow_lock=True
        )
        user, _, _, user_problems = read_file(paths.user_config_path(), "user", allow_lock=False)
        self.problems = site_problems + user_problems
        command_line = Layer("command line", dict(overrides or {}))
        for key, value in command_line.values.items():
            problem = BY_KEY[key].problem(value) if key in BY_KEY else f"unknown setting '{key}'"
            if problem:
                raise ConfigError(f"command line: {problem}")
        self._layers = [Layer("default", {s.key: s.default for s in BY_KEY.values()}), site, user, command_line]

    def get(self, setting: Setting) -> Any:
        """Return the effective value; a locked key always takes the site value."""
        if self.is_locked(setting):
            site = self._layers[1].values
            return site.get(setting.key, setting.default)
        for layer in reversed(self._layers):
            if setting.key in layer.values:
                return layer.values[setting.key]
        return setting.default

    def source(self, setting: Setting) -> str:
        """Name the layer the effective value comes from."""
        if self.is_locked(setting):
            return "site"
        for layer in reversed(self._layers):
            if setting.key in layer.values:
                return layer.name
        return "default"

    def is_locked(self, setting: Setting) -> bool:
        """Tell whether IT has locked this key in the site config."""
        return setting.key in self.locked_keys

    def set(self, setting: Setting, value: Any) -> None:
        """Save a value to the user config file."""
        if self.is_locked(setting):
            raise ConfigError(f"'{setting.key}' is locked by the site config: {self.lock_reason or 'ask your IT'}")
        problem = setting.problem(value)
        if problem:
            raise ConfigError(problem)
        self.save_user({setting.key: value})

    def save_user(self, values: dict[str, Any]) -> None:
        """Merge values into the user config file, written atomically."""
        path = paths.user_config_path()
        existing: dict[str, Any] = {}
        if path.exists():
            try:
                existing = tomllib.loads(path.read_text(encoding="utf-8-sig"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: cannot be updated while it is broken ({exc}); fix or delete it") from exc
        for key, value in values.items():
            section, name = key.split(".", 1)
            existing.setdefault(section, {})[name] = value
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".toml.tmp")
        import tomli_w  # only needed when saving

        temporary.write_text(tomli_w.dumps(existing), encoding="utf-8")
        temporary.replace(path)
        self._layers[2].values.update(values)

    @property
    def is_first_run(self) -> bool:
        """True until the branch has a name and an id."""
        return not (self.get(BRANCH_ID) and self.get(BRANCH_NAME))

    def share_dir(self) -> Path:
        """The share folder in use: the configured one or the local default."""
        value = self.get(SHARE_PATH)
        return Path(value).expanduser() if value else paths.default_share_dir()

    def uses_local_share(self) -> bool:
        """True while counts go to the local folder because no share is set."""
        return not self.get(SHARE_PATH)
