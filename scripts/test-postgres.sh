# Sourced by scripts/test.sh: makes WIJKIDEE_TEST_PG_URL point at a PostgreSQL the tests may use.
# Order: the variable if already set; else a server answering on 127.0.0.1:5432; else a throwaway
# cluster (initdb as the postgres user in a temporary directory, on a free port), stopped on exit.
# WIJKIDEE_TEST_PG=throwaway skips the first two (to try the last path).

pg_answers() { pg_isready -q -h "$1" -p "$2" 2>/dev/null; }

if [ "${WIJKIDEE_TEST_PG:-}" = throwaway ]; then
  unset WIJKIDEE_TEST_PG_URL
fi

if [ -n "${WIJKIDEE_TEST_PG_URL:-}" ]; then
  echo "postgres: using WIJKIDEE_TEST_PG_URL"
elif [ "${WIJKIDEE_TEST_PG:-}" != throwaway ] && pg_answers 127.0.0.1 5432 && psql -q -h 127.0.0.1 -U postgres -d postgres -c 'SELECT 1' >/dev/null 2>&1; then
  export WIJKIDEE_TEST_PG_URL="postgres://postgres@127.0.0.1:5432/postgres"
  echo "postgres: using the server on 127.0.0.1:5432"
else
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$pg_bin/initdb" ] || { echo "postgres: no server answers and no initdb found" >&2; exit 1; }
  pg_dir=$(mktemp -d /tmp/wijkidee-pg.XXXXXX)
  chmod 755 "$pg_dir"
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" -l "$pg_dir/log" -w start >/dev/null
  stop_throwaway_pg() { as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1; rm -rf "$pg_dir"; }
  trap stop_throwaway_pg EXIT
  export WIJKIDEE_TEST_PG_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
  echo "postgres: started a throwaway cluster on port $pg_port"
fi
