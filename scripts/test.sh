#!/usr/bin/env bash
# Everything `make test` checks: format, lints for both builds, Rust tests on SQLite and PostgreSQL,
# and the end-to-end tests in Chromium against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
started=$(date +%s)
# A one-off run needs no incremental caches; they would double the debug build's size on disk.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
disk() { df -h --output=avail . | tail -1 | tr -d ' '; }
step() { printf '\n\033[1m== %s (%ss)\033[0m\n' "$*" "$(( $(date +%s) - started ))"; }

echo "free disk at the start: $(disk)"

step "rustfmt"
cargo fmt --all --check

step "clippy, server build (ssr)"
cargo clippy -p app -p wijkidee --features app/ssr --all-targets -- -D warnings

step "clippy, browser build (hydrate)"
cargo clippy -p app --features hydrate --target wasm32-unknown-unknown -- -D warnings

step "PostgreSQL for the tests"
source scripts/test-postgres.sh

step "Rust tests (unit tests, then integration tests on SQLite and PostgreSQL)"
cargo test -p app --features ssr
cargo test -p wijkidee

step "release build"
cargo leptos build --release --precompress --split

step "end-to-end tests (Playwright, Chromium)"
e2e_dir=$(mktemp -d /tmp/wijkidee-e2e.XXXXXX)
export WIJKIDEE_E2E_DATABASE_URL="sqlite://$e2e_dir/e2e.db"
(cd end2end && npx playwright test)
rm -rf "$e2e_dir"

step "all tests passed (free disk: $(disk), target/: $(du -sh target | cut -f1))"
