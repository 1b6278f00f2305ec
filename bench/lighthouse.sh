#!/usr/bin/env bash
# bash bench/lighthouse.sh [http://localhost:8080]   (or mvn -Plighthouse)
#
# Lighthouse (mobile, as a phone on a slow 4G line) on the home page, the catalog and a product
# page, in Debian's Chromium. Prints the four category scores per page (the median of
# LIGHTHOUSE_RUNS runs) and the bytes each page's first visit transferred; writes Lighthouse's
# JSON and HTML reports to target/lighthouse/.
#
# With an address, it measures the shop running there (mvn -Prun, say). Without one, it starts the
# shop with its demo data on its own ports and folder (HTTP 8382, embedded MariaDB 33198, files in
# target/lighthouse-data; like bench/wrk.sh), measures, and stops it again.
#
# The npm package `lighthouse` (pinned: 12.x still runs on Debian's Node 18/20) is installed once
# into LIGHTHOUSE_HOME (~/.cache/fairshare-lighthouse); npm and Chromium come from Debian's packages
# when missing. Settings (environment): LIGHTHOUSE_RUNS (3), LIGHTHOUSE_PRODUCT (a product id;
# default the first the API lists), LH_HTTP_PORT (8382), LH_DB_PORT (33198), LH_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/lighthouse
LH_VERSION=12.8.2
LH_HOME=${LIGHTHOUSE_HOME:-$HOME/.cache/fairshare-lighthouse}
RUNS=${LIGHTHOUSE_RUNS:-3}
say() { echo "[lighthouse] $*"; }
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
apt_install() {
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

# --- the tools: Debian's Chromium and npm, and lighthouse from npm ---------------------------------
command -v chromium >/dev/null 2>&1 || { say "installing chromium"; apt_install chromium; }
command -v npm >/dev/null 2>&1 || { say "installing npm"; apt_install npm; }
LIGHTHOUSE=$LH_HOME/node_modules/.bin/lighthouse
if [ ! -x "$LIGHTHOUSE" ] || ! grep -q "\"version\": \"$LH_VERSION\"" "$LH_HOME/node_modules/lighthouse/package.json" 2>/dev/null; then
  say "installing lighthouse $LH_VERSION into $LH_HOME"
  mkdir -p "$LH_HOME"
  npm install --prefix "$LH_HOME" --no-audit --no-fund --silent "lighthouse@$LH_VERSION"
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

# --- the shop: the one given, or our own demo ----------------------------------------------------
LAUNCHER=
if [ $# -ge 1 ]; then
  BASE=${1%/}
  curl -s -o /dev/null --max-time 5 "$BASE/" || { say "nothing answers at $BASE"; exit 1; }
else
  PORT=${LH_HTTP_PORT:-8382}
  DB_PORT=${LH_DB_PORT:-33198}
  BASE=http://localhost:$PORT
  DATA=$ROOT/target/lighthouse-data
  mkdir -p "$OUT" "$DATA"
  if [ "${LH_SKIP_BUILD:-}" != "1" ]; then
    say "building"
    mvn -q package -DskipTests
  fi
  if [ ! -s "$OUT/classpath.txt" ] || [ "${LH_SKIP_BUILD:-}" != "1" ]; then
    mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
  fi
  if curl -s -o /dev/null --max-time 2 "$BASE/"; then
    say "something already answers on port $PORT: stop it first, or give its address"; exit 1
  fi
  LOG=$OUT/server.log
  say "starting the shop with demo data on port $PORT (log: $LOG)"
  FAIRSHARE_HTTP_PORT=$PORT FAIRSHARE_EMBEDDED_DB_PORT=$DB_PORT \
    java -Dfairshare.dataDir="$DATA" -Dfairshare.war="$ROOT/target/fairshare.war" \
    -Dfairshare.payaraMicroJar="$ROOT/target/payara-micro.jar" \
    -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/classpath.txt")" \
    coop.fairshare.launcher.DemoLauncher >"$LOG" 2>&1 &
  LAUNCHER=$!
  stop() {
    if [ -n "$LAUNCHER" ] && kill -0 "$LAUNCHER" 2>/dev/null; then
      say "stopping the shop"
      kill "$LAUNCHER" 2>/dev/null || true   # its shutdown hook stops Payara Micro and MariaDB
      wait "$LAUNCHER" 2>/dev/null || true
    fi
  }
  trap stop EXIT
  for _ in $(seq 1 240); do
    if grep -q "Fairshare is ready" "$LOG"; then break; fi
    if ! kill -0 "$LAUNCHER" 2>/dev/null || grep -q "did not become ready" "$LOG"; then
      say "the shop did not start; see $LOG"; exit 1
    fi
    sleep 2
  done
  grep -q "Fairshare is ready" "$LOG" || { say "the shop did not start in time; see $LOG"; exit 1; }
fi
mkdir -p "$OUT"

PRODUCT_ID=${LIGHTHOUSE_PRODUCT:-$(curl -s "$BASE/api/products?page=0&size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)}
[ -n "$PRODUCT_ID" ] || { say "no product found through the API"; exit 1; }
declare -A PAGES=([home]="/" [catalog]="/catalog/" [product]="/catalog/product.xhtml?id=$PRODUCT_ID")
ORDER=(home catalog product)

# --- Lighthouse ----------------------------------------------------------------------------------
# The anonymous pages are cached for a few seconds: one plain request first, so every run measures
# what a visitor gets, not the render that fills the cache.
for name in "${ORDER[@]}"; do
  curl -s -o /dev/null "$BASE${PAGES[$name]}"
  for run in $(seq 1 "$RUNS"); do
    say "$name (${PAGES[$name]}), run $run of $RUNS"
    "$LIGHTHOUSE" "$BASE${PAGES[$name]}" --quiet --form-factor=mobile \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage" \
      --output=json --output=html --output-path="$OUT/$name-$run" >/dev/null
  done
done

# The median of the runs per category (performance varies from run to run on a busy machine), the
# bytes a first visit transferred, and the failed audits of the last run that cost points.
RESULT=$OUT/results.md
node - "$OUT" "$RUNS" "$BASE" "${ORDER[@]}" >"$RESULT" <<'EOF'
const fs = require('fs');
const [out, runs, base, ...pages] = process.argv.slice(2);
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const load = (page, run) => JSON.parse(fs.readFileSync(`${out}/${page}-${run}.report.json`, 'utf8'));
console.log(`Lighthouse ${load(pages[0], 1).lighthouseVersion}, mobile, ${base}, median of ${runs} run(s), ${new Date().toISOString().slice(0, 16)}Z`);
console.log();
console.log('| page | performance | accessibility | best practices | SEO | first visit (KiB transferred) |');
console.log('|---|---|---|---|---|---|');
const misses = [];
for (const page of pages) {
  const reports = Array.from({ length: Number(runs) }, (_, i) => load(page, i + 1));
  const score = c => median(reports.map(r => Math.round(r.categories[c].score * 100)));
  const kib = median(reports.map(r => r.audits['total-byte-weight'].numericValue)) / 1024;
  console.log(`| ${page} \`${new URL(reports[0].finalDisplayedUrl).pathname}${new URL(reports[0].finalDisplayedUrl).search}\` | ${cats.map(score).join(' | ')} | ${kib.toFixed(1)} |`);
  const last = reports[reports.length - 1];
  for (const c of cats) {
    for (const ref of last.categories[c].auditRefs) {
      const a = last.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 0.9) misses.push(`- ${page} / ${c}: ${a.id} (${a.title}) ${a.displayValue || ''}`.trimEnd());
    }
  }
}
if (misses.length) { console.log(); console.log('Audits that cost points (last run):'); misses.forEach(m => console.log(m)); }
EOF
echo
cat "$RESULT"
echo
say "reports: $OUT/<page>-<run>.report.html and .json; this table: $RESULT"
