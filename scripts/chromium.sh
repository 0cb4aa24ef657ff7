#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed (for the web UI's browser test, bundles/ui/frontend/e2e)
# and prints its path. Installs it with apt-get when /usr/bin/chromium is missing, together with a
# Chinese font (the UI is in Chinese: without one every character renders as a box). Idempotent:
# a second run installs nothing. Needs root (or sudo) only when something is missing.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CJK_FONT=fonts-wqy-microhei

say() { printf 'chromium.sh: %s\n' "$*" >&2; }

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        say "error: '$*' needs root and there is no sudo"
        exit 1
    fi
}

has_cjk_font() {
    command -v fc-list >/dev/null 2>&1 && [[ -n "$(fc-list :lang=zh 2>/dev/null)" ]]
}

missing=()
if [[ -x "$CHROMIUM" ]]; then
    say "chromium is installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
else
    missing+=(chromium)
fi
if has_cjk_font; then
    say "a Chinese font is installed"
else
    missing+=("$CJK_FONT")
fi

if ((${#missing[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    say "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    say "apt-get install ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
    [[ -x "$CHROMIUM" ]] || { say "error: $CHROMIUM is still missing after the install"; exit 1; }
    say "installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
fi

echo "$CHROMIUM"
