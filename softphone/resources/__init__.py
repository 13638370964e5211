"""Files the softphone ships with (templates); read with ``importlib.resources``."""
