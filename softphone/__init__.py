"""Desktop softphone for contact-center agents; emergency calls go out before anything else happens."""

__version__ = "0.1.0"
