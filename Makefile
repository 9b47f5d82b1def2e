# Wijkidee: `make run` starts the app with demo data; `make test` runs every check and test.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

ADDR ?= 127.0.0.1:3000
DATABASE_URL ?= sqlite://data/wijkidee.db

.PHONY: run test bootstrap build check bench

bootstrap:
	@scripts/bootstrap.sh

build: bootstrap
	cargo leptos build --release --precompress --split

run: build
	target/release/wijkidee serve --demo --addr $(ADDR) --database-url $(DATABASE_URL)

test: bootstrap
	@scripts/test.sh

# Figures: bytes a visitor downloads, requests/s next to nginx, the map at 100,000 ideas, a long soak.
bench: build
	@scripts/bench.sh

# Fast feedback while working: type-check both builds of the app.
check:
	cargo check -p wijkidee
	cargo check -p app --features hydrate --target wasm32-unknown-unknown
