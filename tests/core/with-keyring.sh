#!/bin/sh
# Runs a command in a private D-Bus session with a real, unlocked
# gnome-keyring (the Secret Service qtkeychain talks to on Linux desktops),
# in a throw-away HOME so the user's own keychain is never touched.
# Exit 77 (ctest: skipped) where the packages are missing.
command -v dbus-run-session >/dev/null 2>&1 || { echo "with-keyring: dbus-run-session missing (apt-get install dbus-daemon)"; exit 77; }
command -v gnome-keyring-daemon >/dev/null 2>&1 || { echo "with-keyring: gnome-keyring-daemon missing (apt-get install gnome-keyring)"; exit 77; }
home=$(mktemp -d) || exit 1
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
  printf "plenary-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
  exec "$@"' with-keyring "$@"
