"""The bottom floor: small building blocks that every layer may import and that import nothing
of the softphone above them (events, readiness checks, the template syntax, paths, the profile
folder, logging, the keyring, speech). None of them imports Qt.
"""
