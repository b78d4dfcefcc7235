#!/usr/bin/env bash
# Runs every test of Subsidia (unit, database on SQLite and PostgreSQL, web, documents, browser) and ends with
# the line "N passed, N failed". On a fresh Debian machine it first installs what the tests need (as root).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# 1. Debian packages the tests use: PostgreSQL (database tests), Chromium (PDF and browser tests), poppler-utils
#    (pdftotext, pdftoppm), fonts for the documents.
need=()
[ -d /usr/lib/postgresql ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || { echo "dotnet (SDK 10) is required"; exit 2; }

# 2. One throwaway PostgreSQL server for the whole run (tests create one database each).
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
pgdata=$(mktemp -d /tmp/subsidia-pg.XXXXXX)
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pgdata"
stop_pg() { as_pg "$pgbin/pg_ctl -D $pgdata -m immediate -w stop" >/dev/null 2>&1; rm -rf "$pgdata"; }
trap stop_pg EXIT
as_pg "$pgbin/initdb -D $pgdata -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
as_pg "$pgbin/pg_ctl -D $pgdata -l $pgdata/log -w -o \"-c listen_addresses=127.0.0.1 -p $pgport -k $pgdata -c fsync=off -c full_page_writes=off -c max_connections=200\" start" >/dev/null
export SUBSIDIA_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Pooling=false"
echo "PostgreSQL on 127.0.0.1:$pgport"

# 2b. Browser tests: axe-core (accessibility checks injected into every page) comes from npm, into the test
#     project's node_modules (git-ignored). Installed once, when it is missing.
browser_tests="$root/tests/Subsidia.Browser.Tests"
if [ -f "$browser_tests/package.json" ] && [ ! -f "$browser_tests/node_modules/axe-core/axe.min.js" ]; then
  command -v npm >/dev/null 2>&1 || { if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null; }
  (cd "$browser_tests" && { npm ci --no-audit --no-fund >/dev/null 2>&1 || npm install --no-audit --no-fund >/dev/null; })
fi

# 3. Build once, then run every test project; results as TRX files.
results="$root/TestResults"
rm -rf "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Strict build: analyzers and code style as errors (a plain `dotnet build` skips them, docs/decisions/0012).
if ! dotnet build Subsidia.slnx -c Debug -nologo -v quiet -p:SubsidiaStrict=true; then
  echo "Build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
status=0
for project in $(dotnet sln Subsidia.slnx list | grep -E '^tests/.*Tests\.csproj$'); do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" --no-build -c Debug --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --blame-hang-timeout 15m -v quiet || status=1
done

# 4. One line with the counts, from the TRX files.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  line=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$line" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); f=$(echo "$line" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  t=$(echo "$line" | sed -n 's/.* total="\([0-9]*\)".*/\1/p'); e=$(echo "$line" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ "$failed" -gt 0 ]; then
  # What failed and why, read back from the TRX files (the console runs quiet).
  echo "== Failed tests"
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    python3 - "$trx" <<'PY' 2>/dev/null || grep -o 'testName="[^"]*" [^>]*outcome="Failed"' "$trx"
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for r in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult", ns):
    if r.get("outcome") != "Failed":
        continue
    print("-- " + r.get("testName", "?"))
    for tag in ("Message", "StackTrace"):
        e = r.find(".//t:ErrorInfo/t:" + tag, ns)
        if e is not None and e.text:
            print("\n".join(e.text.strip().splitlines()[:25]))
PY
  done
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
