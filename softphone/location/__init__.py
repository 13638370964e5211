"""Where the agent is: OS positioning, fallbacks, the confirmed address, the country, PIDF-LO.

Nothing here is on the dial path except reading the snapshot the service already holds.
"""
