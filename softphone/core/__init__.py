"""The softphone's core: plain Python, no widgets, no Qt; driven and tested without a screen."""
