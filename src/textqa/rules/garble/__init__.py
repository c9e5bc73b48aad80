"""GRB: garbled-passage rules. They need no glossary; they read the text and the ``tokens`` layer."""

FAMILY: tuple = ()
