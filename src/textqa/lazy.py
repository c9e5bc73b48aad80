"""Heavy third-party modules, imported on first use by the code that needs them.

``import textqa``, ``textqa --version`` and ``textqa lint --help`` load none of jieba, OpenCC or spaCy
(tests/test_lazy_imports.py keeps it so).
"""
from __future__ import annotations

import sys


def jieba():
    """The jieba module, imported without ``pkg_resources``.

    jieba 0.42 imports ``pkg_resources`` only to open its own data files, and opens them by path when that
    import fails; ``pkg_resources`` scans every installed distribution on import (about 0.4 s and 15 MB).
    """
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` fail
        try:
            import jieba  # noqa: PLC0415
        finally:
            if sys.modules.get("pkg_resources", 0) is None:
                del sys.modules["pkg_resources"]
    import jieba  # noqa: PLC0415

    return jieba
