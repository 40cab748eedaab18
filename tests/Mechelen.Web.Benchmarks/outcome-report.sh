#!/usr/bin/env bash
# Benchmark, not a test: the outcome report as PDF (Mechelen.Pdf) over 1,000 validated recommendations in
# 20 sessions and 15 governance areas, against headless Chromium printing the HTML version of the same
# report, measured in the same run. Needs python3, curl, chromium and pdfinfo (poppler-utils).
# Usage: tests/Mechelen.Web.Benchmarks/outcome-report.sh [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
port=${PORT:-5199}
static_port=$((port + 1))
work=$(mktemp -d)
server=""
static=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    [ -n "$static" ] && kill "$static" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

dotnet build "$root/src/Mechelen.Web" -c Release -v q -nologo > /dev/null
mkdir -p "$work/seeds/events" "$work/site"
cp "$root/seeds/taxonomy.json" "$work/seeds/"
python3 "$root/tests/Mechelen.Web.Benchmarks/benchmark_data.py" event > "$work/seeds/events/bench.json"

# Development: the demo accounts are created (the seed folder has no demo content), HTTP without redirects.
# Reports of 1,000 recommendations or more are normally prepared in the background; this benchmark times the
# PDF written on the request, so the limit is raised out of its way.
ASPNETCORE_ENVIRONMENT=Development Reports__BackgroundFrom=1000000 ConnectionStrings__Mechelen="Data Source=$work/bench.db" Seeding__Path="$work/seeds" \
    dotnet "$root/src/Mechelen.Web/bin/Release/net10.0/Mechelen.Web.dll" --urls "http://127.0.0.1:$port" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" > /dev/null && break; sleep 1; done
python3 "$root/tests/Mechelen.Web.Benchmarks/benchmark_data.py" fill "$work/bench.db"

base="http://127.0.0.1:$port"
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Email=secretariat@mechelen.example" --data-urlencode "Password=secretariat-2017" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"

now() { python3 -c 'import time; print(time.perf_counter())'; }
median() { python3 -c 'import statistics,sys; print(f"{statistics.median(float(x) for x in sys.argv[1:]):.3f}")' "$@"; }

curl -sf -b "$jar" -o "$work/warmup.pdf" "$base/reports/outcome.pdf?event=bench"
pdf_times=()
for _ in $(seq 1 "$runs"); do
    pdf_times+=("$(curl -sf -b "$jar" -o "$work/report.pdf" -w '%{time_total}' "$base/reports/outcome.pdf?event=bench")")
done

# The same report as HTML, saved with its stylesheet and served statically so Chromium needs no sign-in.
curl -sf -b "$jar" -o "$work/site/report.html" "$base/reports/outcome?event=bench"
cp -r "$root/src/Mechelen.Web/wwwroot/css" "$root/src/Mechelen.Web/wwwroot/js" "$work/site/"
(cd "$work/site" && exec python3 -m http.server "$static_port" --bind 127.0.0.1 > /dev/null 2>&1) &
static=$!
sleep 1
chromium_times=()
for _ in $(seq 1 "$runs"); do
    start=$(now)
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync \
        --no-first-run --user-data-dir="$work/profile" --no-pdf-header-footer --print-to-pdf="$work/chromium.pdf" \
        "http://127.0.0.1:$static_port/report.html" > /dev/null 2>&1
    chromium_times+=("$(python3 -c "import time; print(time.perf_counter() - $start)")")
done

pdf=$(median "${pdf_times[@]}")
chrome=$(median "${chromium_times[@]}")
echo "Outcome report over 1,000 validated recommendations, 20 sessions, 15 areas (median of $runs runs):"
echo "  Mechelen.Pdf, GET /reports/outcome.pdf (database read + layout + PDF): ${pdf} s, $(pdfinfo "$work/report.pdf" | awk '/^Pages/ {print $2}') pages, $(($(stat -c %s "$work/report.pdf") / 1024)) KB"
echo "  headless Chromium --print-to-pdf of the HTML page:                  ${chrome} s, $(pdfinfo "$work/chromium.pdf" | awk '/^Pages/ {print $2}') pages, $(($(stat -c %s "$work/chromium.pdf") / 1024)) KB"
python3 -c "print(f'  ratio: Chromium takes {float(\"$chrome\") / float(\"$pdf\"):.1f}x as long')"
if [ -n "${KEEP:-}" ]; then cp "$work/report.pdf" "$KEEP-mechelen.pdf"; cp "$work/chromium.pdf" "$KEEP-chromium.pdf"; fi
