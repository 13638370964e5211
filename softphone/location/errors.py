"""The location subsystem's domain error."""


class LocationError(ValueError):
    """Location data was refused or could not be obtained; the message says what to fix."""
