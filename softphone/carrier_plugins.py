"""Finds carrier adapters by name (built-in ones first, then the ``softphone.carriers`` entry
points) and loads the one the settings name: plugin wiring, beside the composition root.

A third party ships an adapter as a package declaring, in its pyproject.toml::

    [project.entry-points."softphone.carriers"]
    mytrunk = "mytrunk.adapter:MyTrunkCarrier"

and an admin selects it with ``carrier.adapter = "mytrunk"``. The built-in table keeps the
shipped adapters loadable in a frozen bundle, where package metadata may be missing.
"""

from __future__ import annotations

import importlib

from softphone.blocks.text import translate
from softphone.carriers.unavailable import UnavailableCarrier
from softphone.core.carrier import Carrier, CarrierContext, CarrierError

ENTRY_POINT_GROUP = "softphone.carriers"

BUILT_IN = {
    "simulated": "softphone.carriers.simulated:SimulatedCarrier",
    "sip": "softphone.carriers.sip:SipCarrier",
}


def _installed() -> list[tuple[str, str]]:
    """(name, target) of the adapters other packages install. Package metadata is read (and
    ``importlib.metadata`` imported, ~10 ms at start) only for a name that is not built in."""
    from importlib.metadata import entry_points

    return [(entry.name, entry.value) for entry in entry_points(group=ENTRY_POINT_GROUP)]


def available() -> list[str]:
    return sorted(set(BUILT_IN) | {name for name, _ in _installed()})


def load(name: str) -> type[Carrier]:
    """Return the adapter class called ``name``; ``CarrierError`` names the ones that exist."""
    target = BUILT_IN.get(name)
    if target is None:
        found = [value for found_name, value in _installed() if found_name == name]
        if not found:
            raise CarrierError(translate(
                "Carrier", "No carrier adapter called '{name}'. Set {option} to one of: "
                "{adapters}.").format(name=name, option="carrier.adapter",
                                      adapters=", ".join(available())))
        target = found[0]
    module_name, _, class_name = target.partition(":")
    try:
        adapter = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as error:
        raise CarrierError(translate(
            "Carrier", "The carrier adapter '{name}' could not be loaded ({error}); reinstall "
            "the softphone or the adapter's package.").format(name=name, error=error)) from error
    if not (isinstance(adapter, type) and issubclass(adapter, Carrier)):
        raise CarrierError(translate(
            "Carrier", "'{target}' is not a carrier adapter (it must subclass Carrier).").format(
            target=target))
    return adapter


def load_carrier(context: CarrierContext, problems: list[str]) -> Carrier:
    """The configured adapter; if it cannot be loaded, the carrier settings that last worked
    (never the simulated carrier in its place); if none, a carrier that fails every call loudly."""
    settings = context.settings
    name = settings["carrier.adapter"]
    try:
        return load(name)(context)
    except CarrierError as error:
        if settings.use_last_good_carrier(translate(
                "Carrier", "the carrier adapter '{name}' set in {origin} cannot be used "
                "({error})").format(name=name, origin=settings.origin("carrier.adapter"),
                                    error=error)):
            problems.append(settings.problems[-1])
            try:
                return load(settings["carrier.adapter"])(context)
            except CarrierError as again:
                error = again
        reason = translate(
            "Carrier", "No calls can be placed: {error} ({option} is set in {origin}.) Until "
            "this is fixed, use another phone.").format(
            error=error, option="carrier.adapter", origin=settings.origin("carrier.adapter"))
        problems.append(reason)
        return UnavailableCarrier(context, reason)
