"""Mention finders: each writes its own layer of Mentions; ``resolve`` merges them."""
