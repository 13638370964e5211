"""Typed settings: every option is defined once (``options``), read and written by ``store``."""
