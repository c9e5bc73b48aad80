"""Rules: one module per rule, registered by code in ``registry``."""
