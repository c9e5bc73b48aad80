"""Sound-alike finders, in the order they claim spans (after literal forms; the look-alike finder after them)."""
from .homophone import find_homophones
from .katakana import find_katakana
from .romanized import find_romanized
from .split import find_split_names
from .surname import find_wrong_surnames

FINDERS = [find_homophones, find_katakana, find_romanized, find_split_names, find_wrong_surnames]
