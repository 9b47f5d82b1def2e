#!/usr/bin/env bash
# `make bench`: figures, not pass/fail. Against the release build, on this machine, in one run:
#  1. per page, what a new visitor on a phone downloads (Chromium's resource timing), by kind,
#     against the budget of 150 KB for the app's own WebAssembly and JavaScript;
#  2. per page, requests per second of Wijkidee next to nginx serving the same bytes (wrk drives both);
#  3. the map endpoint on a city of BENCH_IDEAS ideas (default 100,000): latency of a whole-city view;
#  4. Lighthouse on a phone, for the first pages, in each of the five languages;
#  5. the soak test for BENCH_SOAK_SECONDS (default 300) per engine.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
ideas=${BENCH_IDEAS:-100000}
soak=${BENCH_SOAK_SECONDS:-300}
budget=$((150 * 1024))

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q wrk nginx-light
fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

work=$(mktemp -d /tmp/wijkidee-bench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

start_server() { # database-url port
  target/release/wijkidee serve --demo --addr "127.0.0.1:$2" --database-url "$1" --site-root target/site >"$work/server-$2.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$2/healthz" >/dev/null && return; sleep 0.2; done
  echo "the server did not start:"; cat "$work/server-$2.log"; exit 1
}

port=$(free_port)
start_server "sqlite://$work/demo.db" "$port"
base="http://127.0.0.1:$port"
idea=$(curl -fs "$base/api/v1/map?bbox=-180,-90,180,90&zoom=18" | python3 -c 'import json,sys; print(json.load(sys.stdin)["ideas"][0]["id"])')
pages=("/" "/ideeen/$idea" "/wijken/WK051829")

echo "== 1. What a new visitor on a phone downloads (transfer / unpacked, bytes)"
node end2end/bench/bytes.mjs "$base" "${pages[@]}" | python3 -c "
import json, sys
budget = $budget
for line in sys.stdin:
    page = json.loads(line)
    t = page['totals']
    own = sum(t.get(k, {}).get('transfer', 0) for k in ('wasm', 'js'))
    print(f\"{page['path']:<22} app wasm+js {own:>9,} of budget {budget:,} ({'within' if own <= budget else 'OVER'})\")
    for kind, v in sorted(t.items()):
        print(f\"    {kind:<8} {v['transfer']:>10,} / {v['decoded']:>10,}  ({v['count']} files)\")
"

echo "== 2. Requests per second: Wijkidee next to nginx serving the same bytes (wrk -t2 -c32 -d8s)"
mkdir -p "$work/www"
nginx_port=$(free_port)
cat >"$work/nginx.conf" <<CONF
worker_processes 2; daemon off; pid $work/nginx.pid; error_log $work/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; default_type text/html;
  server { listen 127.0.0.1:$nginx_port; root $work/www; location / { try_files \$uri /index.html; } } }
CONF
rps() { wrk -t2 -c32 -d8s "$1" | awk '/Requests\/sec/ { print $2 }'; }
for path in "${pages[@]}"; do
  curl -fs "$base$path" -o "$work/www/index.html"
  nginx -c "$work/nginx.conf" -p "$work" & nginx_pid=$!
  sleep 0.5
  ours=$(rps "$base$path"); theirs=$(rps "http://127.0.0.1:$nginx_port/")
  kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true
  python3 -c "print(f'{\"$path\":<22} wijkidee {float(\"$ours\"):>9,.0f}/s   nginx {float(\"$theirs\"):>9,.0f}/s   ratio {float(\"$ours\")/float(\"$theirs\"):.3f}x   ($(stat -c %s "$work/www/index.html") bytes)')"
done

echo "== 3. The map endpoint with $ideas ideas"
target/release/wijkidee demo seed --ideas "$ideas" --database-url "sqlite://$work/city.db"
big_port=$(free_port)
start_server "sqlite://$work/city.db" "$big_port"
city="http://127.0.0.1:$big_port/api/v1/map?bbox=4.18,52.00,4.42,52.14&zoom=12"
curl -fs "$city" | python3 -c 'import json,sys; a=json.load(sys.stdin); print("whole city: {:,} ideas as {} clusters and {} markers".format(a["total"], len(a["clusters"]), len(a["ideas"])))'
wrk -t1 -c1 -d8s --latency "$city" | awk '/Latency|50%|99%|Requests\/sec/'
echo "   the same view, each request after an idea changed (the kept answers dropped, the query run again):"
for _ in 1 2 3 4 5; do
  target/release/wijkidee demo seed --ideas 1 --database-url "sqlite://$work/city.db" >/dev/null
  curl -fs -o /dev/null -w '   %{time_total}s\n' "$city"
done
echo "   in headless Chromium (1280 x 800): the first map of the city, then panning and zooming (budget: 1 s, no task over 200 ms)"
# Three first visits: the first after the changes above pays for the map's query once.
for _ in 1 2 3; do node end2end/bench/map-interactive.mjs "http://127.0.0.1:$big_port"; done | python3 -c "
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    print(f\"   {m['total']:,} ideas as {m['markers']} markers: interactive after {m['interactive_ms']} ms ({'within' if m['interactive_ms'] <= 1000 else 'OVER'}), longest task while loading {m['longest_task_before_ms']} ms; \"
          f\"panning and zooming: longest task {m['pan_longest_task_ms']} ms ({'within' if m['pan_longest_task_ms'] <= 200 else 'OVER'}; 0 = none over 50 ms), {m['pan_tasks_over_50ms']} over 50 ms\")
"

echo "== 3b. Pages at $ideas ideas next to the same pages of the demo (wrk -t1 -c4 -d5s; ratio 1.0 = no slower)"
wijk=WK051828  # Centrum
# A deep page as "Volgende" reaches it: its cursor is the previous page's last idea.
cursor_path() { # base query page
  curl -fs "$1/api/ideas/list?$2&pagina=$(($3 - 1))" | python3 -c "
import json, sys
last = json.load(sys.stdin)['ideas'][-1]
keys = [last['created_at'], last['id']] if 'steun' not in '$2' else [last['support_count'], last['created_at'], last['id']]
print('/?$2&pagina=$3&na=' + '_'.join(map(str, keys)))"
}
compare() { # label demo-path city-path
  for who in visitor rendered; do
    # A visitor's list pages may come from memory (server/src/page_cache.rs); any cookie, as a
    # logged-in reader sends, makes the server render the page and run its queries.
    cookie=(); [ "$who" = rendered ] && cookie=(-H "Cookie: bench=1")
    small=$(wrk -t1 -c4 -d5s "${cookie[@]}" "$base$2" | awk '/Requests\/sec/ { print $2 }')
    big=$(wrk -t1 -c4 -d5s "${cookie[@]}" "http://127.0.0.1:$big_port$3" | awk '/Requests\/sec/ { print $2 }')
    bytes=$(curl -fs "${cookie[@]}" "http://127.0.0.1:$big_port$3" | wc -c)
    python3 -c "print(f'{\"$1\":<28} {\"$who\":<9} demo {float(\"$small\"):>8,.0f}/s   city {float(\"$big\"):>8,.0f}/s   time ratio {float(\"$small\")/float(\"$big\"):.2f}x   ({$bytes:,} bytes)')"
  done
}
for path in "/" "/?zoek=bankjes" "/?zoek=fietsenstalling" "/wijken/$wijk" "/voortgang" "/wijken/$wijk/voortgang"; do compare "$path" "$path" "$path"; done
compare "page 2,000 (by Volgende)" "$(cursor_path "$base" sorteer=nieuw 2)" "$(cursor_path "http://127.0.0.1:$big_port" sorteer=nieuw 2000)"
compare "page 500 by support" "$(cursor_path "$base" sorteer=steun 2)" "$(cursor_path "http://127.0.0.1:$big_port" sorteer=steun 500)"
compare "page 2,000 typed (OFFSET)" "/?pagina=2" "/?pagina=2000"

echo "== 4. Lighthouse 12.2.3, mobile, in each language (the demo: $base)"
scripts/lighthouse.sh "$base" "/" "/ideeen/$idea" "/wijken/WK051829" "/voortgang"

echo "== 5. The soak, $soak s per engine"
source scripts/test-postgres.sh
WIJKIDEE_SOAK_SECONDS=$soak cargo test -p wijkidee --test api -- soak --nocapture 2>&1 | grep -E "soak on|test result|FAILED|panicked"
