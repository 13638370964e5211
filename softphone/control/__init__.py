"""The control channel of a running softphone: its local socket and the commands it answers
(click-to-dial from a CRM). The ``softphone`` command line itself is ``softphone.cli``."""
