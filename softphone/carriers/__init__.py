"""Carrier adapters: how calls leave and reach the softphone (simulated answering point, SIP trunk)."""
