"""Command-line control of a running softphone over a local socket (click-to-dial from a CRM)."""
