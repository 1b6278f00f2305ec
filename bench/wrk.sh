#!/usr/bin/env bash
# mvn -Pwrk (or bash bench/wrk.sh): the shop pages against a static page of the same size, served
# by the same Payara Micro, under wrk. Starts the shop with its demo data on its own ports and data
# folder (DemoLauncher: HTTP 8381, embedded MariaDB 33199, files in target/wrk-data), deploys beside
# it a tiny static web app (target/wrk/bench-static, never part of fairshare.war) holding snapshots
# of the rendered pages, warms up, measures, prints a table and stops everything it started.
# Then it signs in as the demo's shopper, producer and treasurer (the login form, as a browser does)
# and measures, with each one's session cookie, the pages she uses every day.
#
# Settings (environment): WRK_SECONDS (20), WRK_CONNECTIONS (32), WRK_THREADS (2), WRK_WARMUP (10),
# WRK_HTTP_PORT (8381), WRK_DB_PORT (33199), WRK_SKIP_BUILD=1 (when Maven has just built),
# WRK_WAR (target/fairshare.war: another build, e.g. the one before a change, to compare in the same
# conditions), WRK_SIGNED_IN=0 (only the anonymous pages), WRK_HEAP (2g: Payara Micro's -Xmx, as a
# serving instance is given; the demo's 512m had G1 marking the old generation every 7 s under load),
# SIGNED_WARMUP (twice WRK_WARMUP: each signed-in page served this long before any is measured).
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
WAR=${WRK_WAR:-$ROOT/target/fairshare.war}
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
FAIRSHARE_HTTP_PORT=$PORT FAIRSHARE_EMBEDDED_DB_PORT=$DB_PORT FAIRSHARE_EXTRA_DEPLOY=$STATIC FAIRSHARE_HEAP=${WRK_HEAP:-2g} \
  java -Dfairshare.dataDir="$DATA" -Dfairshare.war="$WAR" \
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
run() { # name path [session id]
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency ${3:+-H "Cookie: JSESSIONID=$3"} "$BASE$2")
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

# --- signed in: the demo's shopper, producer and treasurer, each with her own session -----------
sign_in() { # username -> the id of her signed-in session, through the login form as a browser does
  local jar=$WORK/cookies-$1.txt form state
  rm -f "$jar"
  form=$(curl -s --http1.1 -c "$jar" -b "$jar" "$BASE/login.xhtml")
  state=$(echo "$form" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s --http1.1 -c "$jar" -b "$jar" -o /dev/null -H "Origin: $BASE" --data-urlencode "login=login" --data-urlencode "login:next=" \
    --data-urlencode "login:username=$1" --data-urlencode "login:password=fairshare-demo" --data-urlencode "login:submit=x" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
  awk '$6 == "JSESSIONID" { id = $7 } END { print id }' "$jar"
}
# SELECTs MariaDB counts per view of a page (sequential views; the server's own timers may add a little)
MARIADB="$DATA/mariadb-base/bin/mariadb"
selects() { "$MARIADB" -h127.0.0.1 -P"$DB_PORT" -uroot -N --ssl=0 -e "SHOW GLOBAL STATUS LIKE 'Com_select'" 2>/dev/null | awk '{ print $2 }'; }
queries_per_view() { # path session
  local before after views=20
  [ -x "$MARIADB" ] || { echo "?"; return; }
  before=$(selects)
  for _ in $(seq 1 $views); do curl -s --http1.1 -o /dev/null -H "Cookie: JSESSIONID=$2" "$BASE$1"; done
  after=$(selects)
  awk -v b="$before" -v a="$after" -v n=$views 'BEGIN { printf "%.1f", (a - b - 1) / n }'
}
SIGNED_ROWS=()
if [ "${WRK_SIGNED_IN:-1}" != "0" ]; then
  SHOPPER=$(sign_in shopper); PRODUCER=$(sign_in producer); TREASURER=$(sign_in treasurer)
  # the shopper's cart holds two lines, and she has placed an order (through the API, as a script would)
  VARIANTS=$(curl -s --http1.1 "$BASE$PRODUCT" | grep -o 'name="variant" value="[0-9]*"' | grep -o '[0-9]*' | sed -n 1p)
  OTHER=$(curl -s "$BASE/api/products?page=0&size=3" | grep -o '"id":[0-9]*' | cut -d: -f2 | sed -n 3p)
  OTHER_VARIANT=$(curl -s --http1.1 "$BASE/catalog/product.xhtml?id=$OTHER" | grep -o 'name="variant" value="[0-9]*"' | grep -o '[0-9]*' | sed -n 1p)
  NUMBER=$(curl -s -u shopper:fairshare-demo -H 'Content-Type: application/json' --data "{\"lines\":[{\"variantId\":$VARIANTS,\"quantity\":1}],\"recipient\":\"คุณมาลี ผู้ซื้อ\",\"phone\":\"081-234-5678\",\"addressLine\":\"12 ถนนนิมมานเหมินท์\",\"subdistrict\":\"สุเทพ\",\"district\":\"เมืองเชียงใหม่\",\"provinceCode\":\"TH-50\",\"postcode\":\"50200\",\"email\":\"shopper@demo.fairshare.coop\"}" "$BASE/api/checkout" | grep -o '"number":"[^"]*"' | cut -d'"' -f4)
  [ -n "$NUMBER" ] || { say "the shopper's order was not placed"; exit 1; }
  # then the two lines: placing an order empties her saved cart (before 2026-11-29 this ran the
  # other way round, and the "cart (2 lines)" measured was an empty cart)
  for variant in $VARIANTS $OTHER_VARIANT; do
    curl -s --http1.1 -o /dev/null -H "Origin: $BASE" -H "Cookie: JSESSIONID=$SHOPPER" --data "product=0&variant=$variant&quantity=1" "$BASE/cart/add"
  done
  CART_LINES=$(curl -s --http1.1 -H "Cookie: JSESSIONID=$SHOPPER" "$BASE/cart/" | grep -o 'class="fs-cart-line"' | wc -l || true)
  [ "$CART_LINES" = 2 ] || { say "the shopper's cart holds $CART_LINES lines, not 2"; exit 1; }
  SIGNED_PAGES=(
    "shopper|product page|$PRODUCT|$SHOPPER" "shopper|catalog|$CATALOG|$SHOPPER" "shopper|cart (2 lines)|/cart/|$SHOPPER"
    "shopper|my orders|/account/orders.xhtml|$SHOPPER" "shopper|an order|/orders/order.xhtml?n=$NUMBER|$SHOPPER"
    "producer|her group's orders|/producer/orders.xhtml|$PRODUCER" "producer|products and stock|/producer/products.xhtml|$PRODUCER"
    "producer|sales|/producer/sales.xhtml|$PRODUCER"
    "treasurer|trial balance|/treasurer/trial-balance.xhtml|$TREASURER" "treasurer|journal|/treasurer/journal.xhtml|$TREASURER"
    "treasurer|orders to confirm|/treasurer/orders.xhtml|$TREASURER" "treasurer|slips to confirm|/treasurer/slips.xhtml|$TREASURER"
  )
  for row in "${SIGNED_PAGES[@]}"; do
    IFS='|' read -r who what path session <<<"$row"
    page=$(curl -s --http1.1 -w '\n%{http_code}' -H "Cookie: JSESSIONID=$session" "$BASE$path")
    # (grep reads a here-string: with pipefail, a pipe from echo fails when grep -q stops reading early)
    [ "${page##*$'\n'}" = 200 ] && grep -q "id=\"signed-in-as\">$who<" <<<"$page" || { say "$path is not the signed-in page of $who"; exit 1; }
  done
  # Every page is served a while before any is measured, as on a server that has been up for more
  # than a few minutes: measured straight after its own short warm-up, a page still met the JIT
  # compiling (the first pages measured were up to a third slower than the same pages measured later).
  say "signed in: warming up every page (${SIGNED_WARMUP:-$((WARMUP * 2))} s each), then ${WARMUP} s again before measuring each with its session cookie"
  for row in "${SIGNED_PAGES[@]}"; do
    IFS='|' read -r who what path session <<<"$row"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SIGNED_WARMUP:-$((WARMUP * 2))}s" -H "Cookie: JSESSIONID=$session" "$BASE$path" >/dev/null
  done
  i=0
  for row in "${SIGNED_PAGES[@]}"; do
    IFS='|' read -r who what path session <<<"$row"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "Cookie: JSESSIONID=$session" "$BASE$path" >/dev/null
    run "signed-$i" "$path" "$session"
    bytes=$(curl -s --http1.1 -o /dev/null -w '%{size_download}' -H "Cookie: JSESSIONID=$session" "$BASE$path")
    # how the page cache answered her (personal: the kept page with her own parts; none: rendered whole)
    served=$(curl -s --http1.1 -D - -o /dev/null -H "Cookie: JSESSIONID=$session" "$BASE$path" | awk -F': ' 'tolower($1) == "x-fairshare-cache" { gsub(/\r/, "", $2); print $2 }')
    SIGNED_ROWS+=("| $who | $what \`${path%%\?*}\` | $bytes | ${served:-rendered} | ${RPS[signed-$i]} | ${P50[signed-$i]} | ${P99[signed-$i]} | $(queries_per_view "$path" "$session") | $(awk -v r="${RPS[signed-$i]}" -v p="${P99[signed-$i]}" 'BEGIN { print (r >= 500 && p < 100) ? "met" : "missed" }') |")
    [ -z "${ERRS[signed-$i]}" ] || SIGNED_ROWS+=("| | errors: ${ERRS[signed-$i]} | | | | | | | |")
    i=$((i + 1))
  done
fi

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
  if [ ${#SIGNED_ROWS[@]} -gt 0 ]; then
    echo
    echo "Signed in, each with her own session cookie (same wrk settings; load average now $(cut -d' ' -f1-3 /proc/loadavg)):"
    echo
    echo "| who | page | bytes | page cache | requests/s | p50 ms | p99 ms | SELECTs per view | aim (≥ 500/s, p99 < 100 ms) |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${SIGNED_ROWS[@]}"
  fi
  for name in static-product product static-catalog catalog; do
    [ -z "${ERRS[$name]}" ] || echo "Errors ($name): ${ERRS[$name]}"
  done
} > "$RESULT"
echo
cat "$RESULT"
echo
say "wrk's own output: $WORK/wrk-*.txt; this table: $RESULT"
