"""Renderers: small functions from a Report to text. They never decide anything."""
from __future__ import annotations

import importlib

FORMATS = ("text", "json", "sarif", "github", "html")


def render(report, fmt: str, **options) -> str:
    module = importlib.import_module(f"textqa.render.{fmt}_format")
    return module.render(report, **options)
