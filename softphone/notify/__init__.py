"""The emergency contacts' email: template, persistent outbox, SMTP sender and the notifier.

Nothing here may slow the emergency call: ``Notifier.notify`` only queues; rendering, the outbox
and SMTP happen on the notifier's own thread. Qt-free, so it can be driven from plain Python.
"""
