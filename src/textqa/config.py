"""Settings from ``textqa.toml`` or ``[tool.textqa]`` in ``pyproject.toml``.

The nearest file in the current folder or its parents wins. Paths in it are
relative to that file. Unknown keys, codes and values are errors that name them.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError
from .findings import Severity
from .render import FORMATS

SEVERITIES = tuple(s.value for s in Severity)  # error, warning, info
FAIL_ON = (*SEVERITIES, "never")
ENCODINGS = ("utf-8", "cp932", "euc_jp", "gb18030", "utf-16")  # suggested, and guessed, when a file does not decode
KEYS = ("glossary", "fail-on", "format", "select", "ignore", "per-file-ignores", "severity", "jobs", "exclude",
        "extend-exclude", "encoding", "pair-pattern", "extend-select", "strict-consistency")


@dataclass
class Config:
    glossary: list[str] = field(default_factory=list)
    fail_on: str = "warning"
    format: str = "text"
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)  # added to ``select`` (or to every rule)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    jobs: int | None = None
    exclude: list[str] | None = None  # globs (with a folder: relative to the config file); None: the defaults
    extend_exclude: list[str] = field(default_factory=list)  # globs added to ``exclude``
    encoding: str | None = None
    pair_pattern: tuple[str, str] | None = None  # (source, target) file-name patterns for bilingual pairs
    strict_consistency: bool = False  # NAM002 warns on a mix of forms the glossary all sanctions (default: info)
    source: str | None = None


def excludes(cfg: Config, extra=()):
    """The run's exclude rules: ``exclude`` (default: DEFAULT_EXCLUDE), ``extend-exclude``, then ``extra``."""
    from .discovery import DEFAULT_EXCLUDE, Excludes

    base = list(DEFAULT_EXCLUDE) if cfg.exclude is None else list(cfg.exclude)
    return Excludes(globs=base + cfg.extend_exclude + list(extra))


def find_config_file(start: Path) -> tuple[Path, dict] | None:
    for folder in [start, *start.parents]:
        own = folder / "textqa.toml"
        if own.is_file():
            return own, _read_toml(own)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _read_toml(pyproject).get("tool", {}).get("textqa")
            if table is not None:
                return pyproject, table
    return None


def _read_toml(path: Path) -> dict:
    from .errors import InputError
    from .files import read_bytes

    try:
        data = read_bytes(str(path), "config file")
        return tomllib.loads(data.decode("utf-8"))
    except InputError as exc:  # unreadable, a folder, a device
        raise ConfigError(str(exc)) from None
    except UnicodeDecodeError as exc:
        from .errors import undecodable

        line, message = undecodable(data, exc)
        raise ConfigError(f"{path}:{line}: {message}") from None
    except tomllib.TOMLDecodeError as exc:  # "... (at line 3, column 5)" or "(at end of document)"
        import re

        where = re.search(r" \(at line (\d+), column \d+\)$", str(exc))
        line = where.group(1) if where else max(1, len(data.decode("utf-8").splitlines()))
        message = str(exc)[:where.start()] if where else re.sub(r" \(at end of document\)$", "", str(exc))
        raise ConfigError(f"{path}:{line}: invalid TOML: {message}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None


def _as_list(value, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ConfigError(f"{where}: '{key}' must be a string or a list of strings")


def _codes(value, key: str, where: str) -> list[str]:
    """A list of rule codes or prefixes; an empty one is an error naming its key (so the message finds its line)."""
    codes = _as_list(value, key, where)
    if any(not c.strip() for c in codes):
        raise ConfigError(f"{where}: '{key}' holds an empty rule code (an empty string selects nothing; leave it out)")
    return codes


def parse_config(table: dict, where: str, base: Path) -> Config:
    from .rules.registry import matching_codes, select_codes

    cfg = Config(source=where)
    for key in table:
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(KEYS)})")
    if "glossary" in table:
        cfg.glossary = [str((base / p)) for p in _as_list(table["glossary"], "glossary", where)]
    if "fail-on" in table:
        if table["fail-on"] not in FAIL_ON:
            raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(FAIL_ON)}")
        cfg.fail_on = table["fail-on"]
    if "format" in table:
        if table["format"] not in FORMATS:
            raise ConfigError(f"{where}: 'format' must be one of {', '.join(FORMATS)}")
        cfg.format = table["format"]
    for key in ("select", "ignore", "extend-select"):
        if key in table:
            setattr(cfg, key.replace("-", "_"), _codes(table[key], key, where))
    try:
        select_codes(cfg.select, cfg.ignore)
        select_codes(cfg.extend_select)
        if "per-file-ignores" in table:
            pfi = table["per-file-ignores"]
            if not isinstance(pfi, dict):
                raise ConfigError(f"{where}: 'per-file-ignores' must be a table of glob = [codes]")
            for glob, codes in pfi.items():
                # a glob with a folder is relative to the config file; a bare one matches file names
                key = str(base / glob) if "/" in glob else glob
                cfg.per_file_ignores[key] = _codes(codes, glob, where)
                select_codes(None, cfg.per_file_ignores[key])
        if "severity" in table:
            sev = table["severity"]
            if not isinstance(sev, dict):
                raise ConfigError(f"{where}: 'severity' must be a table of CODE = \"error|warning|info\"")
            for code, level in sev.items():
                if level not in SEVERITIES:
                    raise ConfigError(f"{where}: severity for '{code}' must be error, warning or info")
                for c in matching_codes([code]):
                    cfg.severity[c] = Severity(level)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    for key in ("exclude", "extend-exclude"):
        if key in table:
            # a glob with a folder is relative to the config file; a bare one matches any file or folder name
            globs = [str(base / p) if "/" in p else p for p in _as_list(table[key], key, where)]
            setattr(cfg, key.replace("-", "_"), globs)
    if "encoding" in table:
        import codecs

        try:
            codecs.lookup(str(table["encoding"]))
        except LookupError:
            raise ConfigError(f"{where}: unknown encoding {table['encoding']!r} (try {', '.join(ENCODINGS)})") from None
        cfg.encoding = str(table["encoding"])
    if "pair-pattern" in table:
        from .bilingual.files import check_pattern

        try:
            cfg.pair_pattern = check_pattern(table["pair-pattern"])
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    if "strict-consistency" in table:
        if type(table["strict-consistency"]) is not bool:
            raise ConfigError(f"{where}: 'strict-consistency' must be true or false")
        cfg.strict_consistency = table["strict-consistency"]
    if "jobs" in table:
        if type(table["jobs"]) is not int or table["jobs"] < 1:  # true is not a number of jobs
            raise ConfigError(f"{where}: 'jobs' must be a positive integer")
        cfg.jobs = table["jobs"]
    return cfg


def load_config(start: Path | None = None, explicit: str | None = None) -> Config:
    if explicit:
        path = Path(explicit)
        data = _read_toml(path)
        table = data.get("tool", {}).get("textqa", {}) if path.name == "pyproject.toml" else data
    else:
        found = find_config_file((start or Path.cwd()).resolve())
        if not found:
            return Config()
        path, table = found
    try:
        return parse_config(table, str(path), path.parent)
    except ConfigError as exc:
        raise ConfigError(_with_line(str(exc), path)) from None


def _with_line(message: str, path: Path) -> str:
    """``PATH: problem`` as ``PATH:LINE: problem``: the line of the first key or value the problem quotes."""
    import re

    prefix = f"{path}: "
    if not message.startswith(prefix):
        return message
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, t in enumerate(lines) if t.strip().startswith("[tool.textqa")), 0)
    for name in re.findall(r"'([^']+)'", message[len(prefix):]):
        quoted = re.compile(r"(^|[\s\[\{,=\"'.])" + re.escape(name) + r"($|[\s\]\},=\"'.])", re.I)
        for n, text in enumerate(lines[start:], start + 1):
            if quoted.search(text.split("#", 1)[0]):
                return f"{path}:{n}: {message[len(prefix):]}"
    return message
