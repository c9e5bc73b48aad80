"""Renderers: small functions from a Report to text. They never decide anything."""
from __future__ import annotations

import importlib

FORMATS = ("text", "json", "sarif", "github", "html")


def render(report, fmt: str, **options) -> str:
    module = importlib.import_module(f"textqa.render.{fmt}_format")
    return module.render(report, **options)


def render_chunks(report, fmt: str, **options):
    """The rendered report in pieces, the same text as ``render`` when joined (whole, for formats that are not
    written in pieces)."""
    module = importlib.import_module(f"textqa.render.{fmt}_format")
    if hasattr(module, "render_chunks"):
        return module.render_chunks(report, **options)
    return iter([module.render(report, **options)])
