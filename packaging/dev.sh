#!/bin/sh
# Sets up everything the softphone needs on Debian/Ubuntu with Python 3.11, then runs it.
#   sh packaging/dev.sh run  [softphone arguments]   the app on its embedded default
#   sh packaging/dev.sh test [pytest arguments]      layers, ruff, mypy, then the test suite
#   sh packaging/dev.sh package                      the PyInstaller bundle and the .deb in build/
# Debian packages are installed with apt when running as root (or with sudo); the Python
# packages go into .venv beside this repository, reinstalled only when pyproject.toml changes.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
venv=${SOFTPHONE_VENV:-$here/.venv}
python=${PYTHON:-python3}
mode=${1:-}
[ $# -gt 0 ] && shift

# What the app loads at run time: PortAudio, espeak-ng for spoken prompts, Qt's libraries.
runtime_packages="python3-venv libportaudio2 espeak-ng libespeak-ng1 libegl1 libgl1 libopengl0
 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core
 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libglib2.0-0"
# What the tests drive for real: SIP peers (SIPp, baresip), a virtual audio device,
# desktop-file checkers, a contact center's shared callback store and SIP proxy, a real X
# server for the screenshots (xvfb-run needs xauth).
test_packages="sip-tester baresip pulseaudio pulseaudio-utils libasound2-plugins appstream
 desktop-file-utils dpkg-dev postgresql kamailio kamailio-postgres-modules xvfb xauth"

install_debian_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    missing=""
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing="$missing $package"
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ]; then sudo=""
    elif command -v sudo >/dev/null 2>&1; then sudo="sudo"
    else
        echo "Missing Debian packages:$missing" >&2
        echo "Ask an administrator to run: apt-get install$missing" >&2
        return 0
    fi
    echo "Installing Debian packages:$missing" >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null ||
        { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; }
}

install_python_packages() {
    extras=$1  # "" for the app alone, "test" for the test tools too
    target="$here${extras:+[$extras]}"
    [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
    stamp="$venv/.installed-${extras:-app}"
    wanted=$(cat "$here/pyproject.toml" | cksum)
    # The checkout goes on sys.path through a plain .pth line ("compat"): setuptools' default
    # editable install imports a finder of its own at every interpreter start (~10 ms, pathlib
    # and re with it), which no installed wheel or bundle pays, so the start-up benchmarks
    # would measure a cost no agent has. Where a setuptools no longer offers the mode, the
    # default install still works.
    editable="editable_mode=compat"
    # The test install holds the app too: `run` after `test` installs nothing.
    [ -z "$extras" ] && [ "$(cat "$venv/.installed-test" 2>/dev/null)" = "$wanted" ] &&
        stamp="$venv/.installed-test"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
        "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
        "$venv/bin/python" -m pip install -q --disable-pip-version-check \
            --config-settings "$editable" -e "$target" ||
            "$venv/bin/python" -m pip install -q --disable-pip-version-check -e "$target"
        echo "$wanted" > "$stamp"
    fi
    # The compiled translations, from resources/translations (quick; the .ts files may have
    # changed since the install).
    "$venv/bin/python" "$here/packaging/translations.py" build >/dev/null
}

case "$mode" in
run)
    install_debian_packages $runtime_packages
    install_python_packages ""
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
        echo "No display found: the softphone runs headless; control it with" >&2
        echo "  $venv/bin/softphone status --json   (dial, hangup, presence, quit ...)" >&2
        export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    fi
    exec "$venv/bin/softphone" "$@"
    ;;
test)
    install_debian_packages $runtime_packages $test_packages
    install_python_packages test
    cd "$here"
    # The packaging test builds the bundle and the .deb (minutes): on here, as CI runs it;
    # SOFTPHONE_TEST_PACKAGING=0 skips it while working on something else.
    export SOFTPHONE_TEST_PACKAGING="${SOFTPHONE_TEST_PACKAGING:-1}"
    # The layers (.importlinter), lint and types first; the tests run even when one fails, so
    # that one run shows everything, and the command fails if anything did.
    failed=""
    "$venv/bin/lint-imports" || failed="$failed lint-imports (a backward import: see .importlinter)"
    "$venv/bin/ruff" check || failed="$failed ruff"
    "$venv/bin/mypy" || failed="$failed mypy"
    status=0
    "$venv/bin/python" -m pytest "$@" || status=$?
    if [ "$status" = 5 ]; then
        echo "pytest collected no tests: check the arguments (-k, paths) or tests/ itself." >&2
        status=1
    fi
    if [ -n "$failed" ]; then
        echo "Checks that failed before the tests:$failed" >&2
        [ "$status" = 0 ] && status=1
    fi
    exit "$status"
    ;;
package)
    install_debian_packages $runtime_packages $test_packages
    install_python_packages test
    exec "$venv/bin/python" "$here/packaging/build_packages.py" all "$@"
    ;;
*)
    echo "usage: sh packaging/dev.sh run [softphone args] | test [pytest args] | package" >&2
    exit 2
    ;;
esac
