"""Headset devices and the call's audio path."""
