#!/usr/bin/env bash
# mvn -Pwrk (or bash bench/wrk.sh): the shop pages against a static page of the same size, served
# by the same Payara Micro, under wrk. Starts the shop with its demo data on its own ports and data
# folder (DemoLauncher: HTTP 8381, embedded MariaDB 33199, files in target/wrk-data), deploys beside
# it a tiny static web app (target/wrk/bench-static, never part of fairshare.war) holding snapshots
# of the rendered pages, warms up, measures, prints a table and stops everything it started.
#
# Settings (environment): WRK_SECONDS (20), WRK_CONNECTIONS (32), WRK_THREADS (2), WRK_WARMUP (10),
# WRK_HTTP_PORT (8381), WRK_DB_PORT (33199), WRK_SKIP_BUILD=1 (when Maven has just built).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_EACH=${WRK_SECONDS:-20}
CONNECTIONS=${WRK_CONNECTIONS:-32}
THREADS=${WRK_THREADS:-2}
WARMUP=${WRK_WARMUP:-10}
PORT=${WRK_HTTP_PORT:-8381}
DB_PORT=${WRK_DB_PORT:-33199}
WORK=$ROOT/target/wrk
DATA=$ROOT/target/wrk-data
STATIC=$WORK/bench-static
BASE=http://localhost:$PORT
say() { echo "[wrk-bench] $*"; }

# --- wrk itself, from Debian's packages -----------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi

# --- the build and the classpath of the launcher -----------------------------------------------
mkdir -p "$WORK" "$DATA"
if [ "${WRK_SKIP_BUILD:-}" != "1" ]; then
  say "building"
  mvn -q package -DskipTests
fi
if [ ! -s "$WORK/classpath.txt" ] || [ "${WRK_SKIP_BUILD:-}" != "1" ]; then
  mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
fi
if curl -s -o /dev/null --max-time 2 "$BASE/"; then
  say "something already answers on port $PORT: stop it first"; exit 1
fi

# --- the static web app beside the shop: an exploded WAR whose files are written after start ----
rm -rf "$STATIC"
mkdir -p "$STATIC/WEB-INF"
echo '<!DOCTYPE html><title>placeholder</title>' > "$STATIC/index.html"

LOG=$WORK/server.log
say "starting the shop with demo data on port $PORT (log: $LOG)"
FAIRSHARE_HTTP_PORT=$PORT FAIRSHARE_EMBEDDED_DB_PORT=$DB_PORT FAIRSHARE_EXTRA_DEPLOY=$STATIC \
  java -Dfairshare.dataDir="$DATA" -Dfairshare.war="$ROOT/target/fairshare.war" \
  -Dfairshare.payaraMicroJar="$ROOT/target/payara-micro.jar" \
  -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/classpath.txt")" \
  coop.fairshare.launcher.DemoLauncher >"$LOG" 2>&1 &
LAUNCHER=$!
stop() {
  if kill -0 "$LAUNCHER" 2>/dev/null; then
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

# --- the pages and their static twins --------------------------------------------------------
PRODUCT_ID=$(curl -s "$BASE/api/products?page=0&size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
[ -n "$PRODUCT_ID" ] || { say "no product found through the API"; exit 1; }
PRODUCT="/catalog/product.xhtml?id=$PRODUCT_ID"
CATALOG="/catalog/"
curl -s --http1.1 -o "$STATIC/product.html" "$BASE$PRODUCT"
curl -s --http1.1 -o "$STATIC/catalog.html" "$BASE$CATALOG"
for page in "$PRODUCT" "$CATALOG" /bench-static/product.html /bench-static/catalog.html; do
  status=$(curl -s --http1.1 -o /dev/null -w '%{http_code}' "$BASE$page")
  [ "$status" = 200 ] || { say "$page answered $status"; exit 1; }
done
bytes() { curl -s --http1.1 -o /dev/null -w '%{size_download}' "$BASE$1"; }
say "product $PRODUCT_ID: $(bytes "$PRODUCT") bytes, static copy $(bytes /bench-static/product.html) bytes;" \
    "catalog $(bytes "$CATALOG") bytes, static copy $(bytes /bench-static/catalog.html) bytes;" \
    "cache says: $(curl -s --http1.1 -D - -o /dev/null "$BASE$PRODUCT" | grep -i '^x-fairshare-cache' | tr -d '\r')"

# What a browser's first visit to the product page transfers (HTML + the CSS/JS it links), with gzip.
RESOURCES=$(curl -s --http1.1 "$BASE$PRODUCT" | grep -o '\(href\|src\)="/[^"]*jakarta.faces.resource/[^"]*"' | sed 's/^[a-z]*="//; s/"$//; s/&amp;/\&/g')
first_visit=0
plain_visit=0
for resource in "$PRODUCT" $RESOURCES; do
  read -r body head < <(curl -s --http1.1 --compressed -o /dev/null -w '%{size_download} %{size_header}\n' "$BASE$resource")
  first_visit=$((first_visit + body + head))
  plain_visit=$((plain_visit + $(curl -s --http1.1 -o /dev/null -w '%{size_download}' "$BASE$resource")))
done

# --- wrk -------------------------------------------------------------------------------------
to_ms() { # 812.00us | 2.97ms | 1.02s -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
declare -A RPS P50 P99 ERRS
run() { # name path
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$BASE$2")
  echo "$out" > "$WORK/wrk-$1.txt"
  RPS[$1]=$(echo "$out" | awk '/^Requests\/sec/ { print $2 }')
  P50[$1]=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  P99[$1]=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  ERRS[$1]=$(echo "$out" | awk '/Non-2xx|Socket errors/ { printf "%s ", $0 }')
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
say "warming up (${WARMUP} s a page)"
for page in /bench-static/product.html /bench-static/catalog.html "$CATALOG" "$PRODUCT"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$BASE$page" >/dev/null
done
say "measuring: wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_EACH}s --latency, one page after another"
run static-product /bench-static/product.html
run product "$PRODUCT"
run static-catalog /bench-static/catalog.html
run catalog "$CATALOG"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
aim() { # rps-ratio p99
  awk -v r="$1" -v p="$2" 'BEGIN { print (r >= 0.30 && p < 100) ? "met" : "missed" }'
}
RESULT=$WORK/results.md
{
  echo "wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_EACH}s, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load average before warming up: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| page | bytes | requests/s | p50 ms | p99 ms | ratio to static | aim (≥0.30, p99 < 100 ms) |"
  echo "|---|---|---|---|---|---|---|"
  echo "| static copy of the product page | $(bytes /bench-static/product.html) | ${RPS[static-product]} | ${P50[static-product]} | ${P99[static-product]} | 1 | |"
  echo "| product page \`$PRODUCT\` | $(bytes "$PRODUCT") | ${RPS[product]} | ${P50[product]} | ${P99[product]} | $(ratio "${RPS[product]}" "${RPS[static-product]}") | $(aim "$(ratio "${RPS[product]}" "${RPS[static-product]}")" "${P99[product]}") |"
  echo "| static copy of the catalog page | $(bytes /bench-static/catalog.html) | ${RPS[static-catalog]} | ${P50[static-catalog]} | ${P99[static-catalog]} | 1 | |"
  echo "| catalog page \`$CATALOG\` | $(bytes "$CATALOG") | ${RPS[catalog]} | ${P50[catalog]} | ${P99[catalog]} | $(ratio "${RPS[catalog]}" "${RPS[static-catalog]}") (to the product-size static page: $(ratio "${RPS[catalog]}" "${RPS[static-product]}")) | $(aim "$(ratio "${RPS[catalog]}" "${RPS[static-catalog]}")" "${P99[catalog]}") |"
  echo
  echo "Product page, first visit as a browser gets it (HTML + linked CSS/JS, gzip): $first_visit bytes transferred ($((first_visit / 1024)) KiB; aim under 500 KB); without gzip it would be $plain_visit bytes."
  for name in static-product product static-catalog catalog; do
    [ -z "${ERRS[$name]}" ] || echo "Errors ($name): ${ERRS[$name]}"
  done
} > "$RESULT"
echo
cat "$RESULT"
echo
say "wrk's own output: $WORK/wrk-*.txt; this table: $RESULT"
