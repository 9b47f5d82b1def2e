#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile: a mid-range phone on a slow 4G line, simulated) on the pages a resident
# opens first, in each of the five languages (the `taal` cookie chooses it, as the switch does).
# Figures, not pass/fail: the four category scores, LCP, CLS, TBT and the bytes transferred.
# Usage: scripts/lighthouse.sh BASE_URL PATH...   (`make bench` runs it against the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
base=$1; shift
tools=target/lighthouse
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent lighthouse@12.2.3 >/dev/null
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
out=$(mktemp -d /tmp/wijkidee-lighthouse.XXXXXX)
trap 'rm -rf "$out"' EXIT
printf '%-24s %-4s %5s %5s %5s %5s %8s %6s %6s %9s\n' page lang perf a11y best seo LCP CLS TBT bytes
for path in "$@"; do
  for lang in nl en tr ar pl; do
    report="$out/report.json"
    "$tools/node_modules/.bin/lighthouse" "$base$path" --quiet --output=json --output-path="$report" \
      --extra-headers="{\"Cookie\": \"taal=$lang\"}" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || {
        printf '%-24s %-4s lighthouse failed\n' "$path" "$lang"; continue; }
    python3 - "$report" "$path" "$lang" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c, a = r["categories"], r["audits"]
score = lambda k: round(c[k]["score"] * 100) if c[k]["score"] is not None else -1

print(f"{sys.argv[2]:<24} {sys.argv[3]:<4} {score('performance'):>5} {score('accessibility'):>5} "
      f"{score('best-practices'):>5} {score('seo'):>5} {a['largest-contentful-paint']['numericValue']/1000:>7.2f}s "
      f"{a['cumulative-layout-shift']['numericValue']:>6.3f} {a['total-blocking-time']['numericValue']:>4.0f}ms "
      f"{a['total-byte-weight']['numericValue']:>9,.0f}")
for k in ("accessibility", "best-practices", "seo"):
    for ref in c[k]["auditRefs"]:
        audit = a[ref["id"]]
        if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
            where = sorted({i.get("url") or i.get("sourceLocation", {}).get("url", "") for i in audit.get("details", {}).get("items", [])})
            hosts = sorted({w.split("/")[2] for w in where if w.count("/") >= 2})
            print(f"{'':<29}{k}: {ref['id']}: {audit['title']}" + (f" (from {', '.join(hosts)})" if hosts else ""))
PY
  done
done
