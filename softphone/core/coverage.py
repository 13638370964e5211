"""Where emergency calling through this softphone is supported (by the carriers it is sold with)."""

SUPPORTED_EMERGENCY_COUNTRIES = frozenset({"US", "CA", "PR", "GB", "DK"})

# The number that is an emergency number in every supported country, whatever the local plan says.
UNIVERSAL_EMERGENCY_NUMBER = "911"
