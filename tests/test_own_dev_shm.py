"""The test run's ``/dev/shm`` is its own (``tests/own_dev_shm.py``): a stale JACK lock in the
machine's cannot hang the tests, and nothing the tests leave there reaches the machine."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.own_dev_shm import SOURCE

# /dev/shm as the process that started pytest sees it: the machine's
THE_MACHINES = Path(f"/proc/{os.getppid()}/root/dev/shm")

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="the tests get their own /dev/shm "
                                                          "only when run as root")


def test_what_the_machine_has_in_dev_shm_is_not_in_the_tests() -> None:
    stale_lock = THE_MACHINES / f"jack_db-test-{os.getpid()}"
    stale_lock.mkdir()
    try:
        assert not Path("/dev/shm", stale_lock.name).exists()
    finally:
        stale_lock.rmdir()


def test_what_a_process_started_by_a_test_leaves_in_dev_shm_stays_out_of_the_machines() -> None:
    left = Path("/dev/shm", f"left-by-a-test-{os.getpid()}")
    subprocess.run(["touch", str(left)], check=True)
    try:
        assert left.exists()
        assert not (THE_MACHINES / left.name).exists()
    finally:
        left.unlink()


def test_the_tests_dev_shm_is_an_empty_tmpfs_anyone_may_write_to() -> None:
    mounts = Path("/proc/self/mountinfo").read_text().splitlines()
    dev_shm = [line for line in mounts if line.split()[4] == "/dev/shm"][-1]
    assert dev_shm.split(" - ")[1].split()[:2] == ["tmpfs", SOURCE]
    assert Path("/dev/shm").stat().st_mode & 0o7777 == 0o1777  # PostgreSQL's user writes there
