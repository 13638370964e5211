"""The ``softphone`` command speaks the agent's language, chosen as the app chooses it (the
``ui.language`` setting, else LANGUAGE, LC_ALL, LC_MESSAGES, LANG), in real processes; its JSON
stays English; a command with nothing to say to a person loads no translations."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from softphone.blocks.profile import Profile
from softphone.settings.store import Settings
from tests.helpers import run_cli, start_in_background, wait_for_instance

MALMO = "55.6050,13.0038"  # Sweden: a country the softphone names from CLDR
COPENHAGEN = "55.6761,12.5683"

# What each language says for `status` with no instance, and for `where --at` in Malmö.
SAID = {
    "en_US": ("Softphone: not running", "No softphone is running for this profile",
              "country: Sweden (SE); emergency calling NOT supported."),
    "da_DK": ("Softphone: kører ikke", "Ingen softphone kører for denne profil",
              "land: Sverige (SE); nødopkald IKKE understøttet."),
    "fr_CA": ("Téléphone logiciel : pas en marche",
              "Aucun téléphone logiciel ne fonctionne pour ce profil",
              "pays : Suède (SE); appels d'urgence NON pris en charge."),
    "es_PR": ("Softphone: no está en ejecución",
              "No hay ningún softphone en ejecución para este perfil",
              "país: Suecia (SE); llamadas de emergencia NO disponibles."),
}


def system(**variables: str) -> dict[str, str]:
    """This environment with the system's language set only by ``variables``."""
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    return {**environment, **variables}


@pytest.mark.parametrize("code", SAID)
def test_status_and_where_speak_the_systems_language(profile: Profile, code: str) -> None:
    status_line, refusal, where_end = SAID[code]
    environment = system(LANG=f"{code}.UTF-8")
    status = run_cli(profile, "status", environment=environment)
    assert status.returncode == 3
    assert status.stdout == status_line + "\n"
    assert status.stderr.startswith(refusal)
    where = run_cli(profile, "where", "--at", MALMO, environment=environment)
    assert where.returncode == 0, where.stderr
    assert where.stdout.endswith(where_end + "\n")


def test_lc_all_and_lc_messages_come_before_lang(profile: Profile) -> None:
    said = run_cli(profile, "status", environment=system(LANG="da_DK.UTF-8",
                                                           LC_ALL="fr_CA.UTF-8"))
    assert said.stdout == SAID["fr_CA"][0] + "\n"
    said = run_cli(profile, "status", environment=system(LANG="da_DK.UTF-8",
                                                           LC_MESSAGES="es_PR.UTF-8"))
    assert said.stdout == SAID["es_PR"][0] + "\n"


def test_the_language_setting_wins_over_the_system_and_the_fleet_file_over_both(
        profile: Profile, settings: Settings) -> None:
    settings.set("ui.language", "es_PR")
    settings.save()
    environment = system(LANG="da_DK.UTF-8",
                         SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    assert run_cli(profile, "status", environment=environment).stdout == SAID["es_PR"][0] + "\n"
    profile.fleet_file.parent.mkdir(parents=True, exist_ok=True)
    profile.fleet_file.write_text('[ui]\nlanguage = "fr_CA"\n', encoding="utf-8")
    assert run_cli(profile, "status", environment=environment).stdout == SAID["fr_CA"][0] + "\n"


def test_help_and_usage_errors_are_in_the_language_with_commands_as_typed(
        profile: Profile) -> None:
    environment = system(LANG="fr_CA.UTF-8")
    done = run_cli(profile, "--help", environment=environment)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("utilisation : softphone")
    assert "Téléphone logiciel de centre de contact avec appels d'urgence." in done.stdout
    assert "  softphone dial 911" in done.stdout  # the examples are typed as written
    assert "  3  pas en marche : aucun téléphone logiciel ne fonctionne pour ce profil" in (
        done.stdout)
    one = run_cli(profile, "where", "--help", environment=environment)
    assert "exemple : softphone where --at 55.60,13.00" in one.stdout
    assert "sortie lisible par machine" in one.stdout
    usage = run_cli(profile, "dial", environment=system(LANG="da_DK.UTF-8"))
    assert usage.returncode == 2 and usage.stderr.startswith("brug: softphone dial")
    assert "softphone dial: fejl: følgende argumenter er påkrævet: number" in usage.stderr
    wrong = run_cli(profile, "drill", "boom", environment=environment)
    assert wrong.returncode == 2
    assert "argument name : choix invalide : 'boom' (choisissez parmi " in wrong.stderr


def test_json_keeps_its_english_keys_and_values_in_every_language(profile: Profile) -> None:
    english = run_cli(profile, "where", "--at", COPENHAGEN, "--json",
                      environment=system(LANG="en_US.UTF-8"))
    danish = run_cli(profile, "where", "--at", COPENHAGEN, "--json",
                     environment=system(LANG="da_DK.UTF-8"))
    assert english.returncode == danish.returncode == 0
    assert json.loads(danish.stdout) == json.loads(english.stdout)
    assert json.loads(danish.stdout)["source"] == "given"
    stopped = run_cli(profile, "status", "--json", environment=system(LANG="da_DK.UTF-8"))
    assert json.loads(stopped.stdout) == {"running": False}


def test_a_refusal_of_the_command_line_itself_is_in_the_language(profile: Profile) -> None:
    done = run_cli(profile, "where", "--at", "55.6;north",
                   environment=system(LANG="es_PR.UTF-8"))
    assert done.returncode == 2
    assert done.stderr.startswith("'55.6;north' no es una posición: indique LAT,LON en grados "
                                  "decimales, p. ej. --at 55.6761,12.5683.")


def test_status_of_a_running_instance_is_said_in_the_agents_language(
        profile: Profile, settings: Settings) -> None:
    """The app and the command line choose alike: the instance's readiness words and the
    command line's own, both in Canadian French; the JSON keeps its English."""
    settings.update({"outbound.caller_id": "+15551230000",
                     "carrier.simulated.speak_greeting": False})
    settings.save()
    environment = system(LANG="fr_CA.UTF-8", QT_QPA_PLATFORM="offscreen",
                         SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    process = start_in_background(profile, environment)
    try:
        wait_for_instance(profile)
        said = run_cli(profile, "status", environment=environment)
        assert said.returncode == 0, said.stderr
        lines = said.stdout.splitlines()
        assert lines[0] == "Présence : Disponible"
        assert lines[1] == "Fournisseur : simulated"
        assert any(line.startswith("[ok] Emplacement dans un pays pris en charge")
                   or line.startswith("[ÉCHEC] Emplacement dans un pays pris en charge")
                   for line in lines), lines
        machine = subprocess.run([sys.executable, "-X", "importtime", "-m", "softphone",
                                  "--profile", str(profile.root), "status", "--json"],
                                 env=environment, capture_output=True, text=True, timeout=60)
        assert machine.returncode == 0, machine.stderr
        status = json.loads(machine.stdout)
        assert status["presence"] == "Available" and status["carrier"] == "simulated"
        # Nothing was said to a person: no translations were loaded.
        assert "softphone.blocks.qm" not in machine.stderr
    finally:
        run_cli(profile, "quit", environment=environment)
        process.wait(timeout=30)


def test_naming_a_supported_country_loads_no_cldr_data() -> None:
    """The readiness check names the agent's country at start: for the five supported
    countries that costs nothing (no Babel); another country loads it on first use."""
    script = ("import sys\n"
              "from softphone.blocks import text\n"
              "from softphone.blocks.languages import load_catalogue\n"
              "from softphone.blocks.country_names import country_label\n"
              "text.install(load_catalogue('da_DK'))\n"
              "print(country_label('US'), country_label('dk'), 'babel' in sys.modules)\n"
              "print(country_label('SE'), 'babel' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.splitlines() == ["USA (US) Danmark (DK) False", "Sverige (SE) True"]


def test_the_command_line_reads_no_more_of_a_settings_file_than_the_settings_do() -> None:
    from softphone.cli import MAX_SETTINGS_BYTES
    from softphone.settings.files import MAX_BYTES

    assert MAX_SETTINGS_BYTES == MAX_BYTES


def test_a_settings_file_that_is_a_pipe_neither_blocks_nor_sets_the_language(
        profile: Profile) -> None:
    os.mkfifo(profile.settings_file)
    done = run_cli(profile, "status", environment=system(LANG="da_DK.UTF-8"), timeout=20)
    assert done.stdout == SAID["da_DK"][0] + "\n"
