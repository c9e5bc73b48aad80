"""Which files a run lints: files named, and every ``*.txt`` / ``*.md`` below folders named.

Walking a folder skips hidden files and folders (``.git``, ``.venv``, ``.pytest_cache`` …), the
default excludes (``venv``, ``node_modules`` …), the configured ``exclude`` / ``extend-exclude`` globs
and whatever ``.gitignore`` files ignore (read with ``pathspec``, as git reads them). A file named
explicitly is always linted, unless ``force_exclude`` is set (what the pre-commit hook needs).

Exclude globs with a ``/`` match the whole path (they are made absolute against the config file's
folder or the current folder); bare globs match any single file or folder name.
"""
from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path

from .bilingual.files import BILINGUAL_SUFFIXES, paired_sources, source_name, target_name
from .bilingual.files import PLAIN_SUFFIXES as SUFFIXES  # the files a folder holds to lint (dask.py too)
from .errors import InputError
from .files import STDIN

# Folders never worth walking; `exclude` in the config replaces this list, `extend-exclude` adds to it.
DEFAULT_EXCLUDE = ("venv", "node_modules", "__pycache__", "site-packages", "*.egg-info")


@dataclass
class Excludes:
    """Exclude globs and .gitignore rules, as one predicate on paths."""

    globs: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    gitignore: bool = True
    _specs: dict[Path, object] = field(default_factory=dict, repr=False)

    def excluded(self, path: Path, is_dir: bool) -> bool:
        full = Path(os.path.abspath(path))
        if self._glob_match(full):
            return True
        return self.gitignore and self._ignored_by_git(full, is_dir)

    def excluded_as_given(self, path: Path) -> bool:
        """For a path named on the command line: it, or a folder in it as written, is excluded."""
        parents = [p for p in path.parents if p.name]
        return self.excluded(path, False) or any(self.excluded(p, True) for p in parents)

    def _glob_match(self, full: Path) -> bool:
        posix = full.as_posix()
        for glob in self.globs:
            if "/" in glob:
                if fnmatch.fnmatch(posix, Path(os.path.abspath(glob)).as_posix()) or \
                        fnmatch.fnmatch(posix, Path(os.path.abspath(glob)).as_posix() + "/*"):
                    return True
            elif fnmatch.fnmatch(full.name, glob):
                return True
        return False

    def _spec(self, folder: Path):
        """The compiled .gitignore of ``folder`` (None when it has none); read once."""
        if folder not in self._specs:
            import pathspec

            spec = None
            try:
                lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
                spec = pathspec.GitIgnoreSpec.from_lines(lines)
            except OSError:
                pass
            self._specs[folder] = spec
        return self._specs[folder]

    def _ignored_by_git(self, full: Path, is_dir: bool) -> bool:
        """Whether a .gitignore in the file's folder or any parent up to the repository root ignores it."""
        for folder in full.parents:
            spec = self._spec(folder)
            if spec is not None:
                rel = full.relative_to(folder).as_posix() + ("/" if is_dir else "")
                if spec.match_file(rel):
                    return True
            if (folder / ".git").exists():
                break
        return False


def hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


def walk(folder: Path, excludes: Excludes, errors: list[InputError] | None = None) -> list[str]:
    """Every lintable file below ``folder``, pruning hidden and excluded folders, in sorted order; a folder
    that cannot be read is added to ``errors``, not skipped in silence."""
    found = []

    def unreadable(exc: OSError) -> None:
        if errors is not None:
            errors.append(InputError(str(exc.filename), f"cannot read folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        base = Path(root)
        dirs[:] = [d for d in dirs if not hidden(d) and not excludes.excluded(base / d, True)]
        for name in files:
            path = base / name
            if path.suffix in SUFFIXES + BILINGUAL_SUFFIXES and not hidden(name) and not excludes.excluded(path, False):
                found.append(str(path))
    return sorted(found)


def discover(paths, excludes: Excludes | None = None, force_exclude: bool = False,
             warnings: list[str] | None = None, pair_pattern=None) -> tuple[list[str], list[InputError]]:
    """(files to lint in order, errors for paths that do not exist).

    A folder with nothing to lint adds a line to ``warnings`` (when given). ``-`` (stdin) is passed
    through as it is. A Chinese source listed beside its translation (``NAME.zh.txt`` and ``NAME.ja.txt``,
    or ``pair_pattern``) is not linted itself: it is the translation's source. XLIFF, TMX and PO files below
    a folder are linted as bilingual files.
    """
    excludes = excludes if excludes is not None else Excludes()
    files, errors, named = [], [], set()
    for p in paths:
        path = Path(p)
        if p == STDIN:
            files.append(p)
        elif path.is_dir():
            below = walk(path, excludes, errors)
            if not below and warnings is not None:
                warnings.append(f"{p}: no *.txt or *.md files to lint (hidden, excluded and git-ignored "
                                "files are skipped)")
            files += below
        elif path.exists() or path.is_symlink():  # a broken link or a loop: reading it says which
            if not (force_exclude and excludes.excluded_as_given(path)):
                files.append(str(path))
                named.add(str(path))
        else:
            errors.append(InputError(str(p), "no such file or folder"))
    sources = set(paired_sources(files, pair_pattern).values())
    return _targets_for_sources([f for f in files if f not in sources], named, excludes, force_exclude,
                                pair_pattern), errors


def _targets_for_sources(files: list[str], named: set[str], excludes: Excludes, force_exclude: bool,
                         pair_pattern) -> list[str]:
    """A Chinese source whose translation is on disk beside it (``NAME.zh.txt``, ``NAME.ja.txt``) is never linted as
    Japanese: named on its own (a pre-commit hook passes only the files changed, an edited source among them), it
    stands for its pair, so the translation is linted with it; found below a folder whose walk skipped the
    translation (excluded, git-ignored), it is skipped too."""
    out, seen = [], set(files)
    for f in files:
        target = None if f == STDIN or Path(f).suffix.lower() in BILINGUAL_SUFFIXES else target_name(f, pair_pattern)
        if not target or target == f or source_name(target, pair_pattern) != f or not Path(target).is_file():
            out.append(f)
        elif f in named and not (force_exclude and excludes.excluded_as_given(Path(target))) and target not in seen:
            out.append(target)
            seen.add(target)
    return out
