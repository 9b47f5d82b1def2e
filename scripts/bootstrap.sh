#!/usr/bin/env bash
# Installs what building and testing Wijkidee needs on a fresh machine of this kind (Debian 12, Rust
# by rustup, Node.js + npm). Idempotent and quick when everything is present. Downloads only from
# the package registries: crates.io, npm, Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\033[1mbootstrap:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo leptos --version 2>/dev/null | grep -q '0\.3\.10'; then
  step "installing cargo-leptos 0.3.10 (takes ~15 minutes on 2 cores, once)"
  cargo install cargo-leptos --version 0.3.10 --locked --no-default-features --features no_downloads
fi

# wasm-bindgen's CLI must equal the library version in Cargo.lock exactly.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  step "installing wasm-bindgen-cli $want (found: ${have:-none})"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# npm tools from the lock file: binaryen (wasm-opt), sass, leaflet, Playwright.
stamp=node_modules/.wijkidee-lock.sha256
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  step "installing npm tools from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi

# Leaflet's dist files are served from public/leaflet (copied, not committed).
if [ ! -f public/leaflet/leaflet.js ] || ! cmp -s node_modules/leaflet/dist/leaflet.js public/leaflet/leaflet.js; then
  step "copying Leaflet into public/leaflet"
  rm -rf public/leaflet && mkdir -p public/leaflet
  cp -r node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/dist/images public/leaflet/
  cp node_modules/leaflet/LICENSE public/leaflet/LICENSE
fi

# Debian's Chromium for the end-to-end tests (Playwright cannot download its own browser here).
if ! command -v chromium >/dev/null 2>&1; then
  step "installing Debian's chromium"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium
fi

# A real SMTP server for the mail tests: Python's aiosmtpd (from PyPI) in a venv under target/.
if ! target/py/bin/python -c 'import aiosmtpd' >/dev/null 2>&1; then
  step "installing aiosmtpd (the mail tests' SMTP server) into target/py"
  mkdir -p target
  python3 -m venv target/py
  target/py/bin/pip install --quiet --disable-pip-version-check aiosmtpd==1.4.6
fi
