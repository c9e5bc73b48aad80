"""Glossary: the TSV contract (load), its entries (model), and derived forms (compile)."""
from .load import load_glossary, load_glossary_file
from .model import Entry, Glossary

__all__ = ["Entry", "Glossary", "load_glossary", "load_glossary_file"]
