#!/usr/bin/env bash
# Sync benchmark: a meeting folder of N documents served by nginx on
# 127.0.0.1, synced by plenary-cli, by `wget --mirror -np` and by aria2c with
# parallel connections, first sync and no-change re-sync, several runs each.
# Prints a Markdown table of medians and ratios (docs/benchmarks.md).
#
#   tests/bench/sync-bench.sh BUILD_DIR [N=5000] [RUNS=3]
#   SCALE=0.1 tests/bench/sync-bench.sh build/bookworm   # a tenth of the sizes
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR [N] [RUNS]}" && pwd)
n=${2:-5000}
runs=${3:-3}
scale=${SCALE:-1}
jobs=${JOBS:-8}
min=$(awk -v s="$scale" 'BEGIN { printf "%d", 51200 * s }')
max=$(awk -v s="$scale" 'BEGIN { printf "%d", 5242880 * s }')
for tool in nginx wget aria2c; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "missing: $tool (apt-get install nginx wget aria2)" >&2; exit 1; }
done

work=$(mktemp -d /var/tmp/plenary-bench.XXXXXX)
cleanup() { [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "generating $n documents ($min to $max bytes, log-uniform)..." >&2
"$build/tests/bench/plenary-make-meeting-folder" "$work/www/meeting" "$n" --min "$min" --max "$max" >&2
files=$(find "$work/www/meeting" -type f | wc -l)
bytes=$(du -sb "$work/www/meeting" | cut -f1)
port=$((20000 + RANDOM % 20000))
mkdir -p "$work/tmp"
cat > "$work/nginx.conf" <<CONF
daemon on; pid $work/nginx.pid; error_log $work/error.log; worker_processes 2;
events { worker_connections 1024; }
http { access_log $work/access.log; sendfile on; keepalive_requests 100000;
  client_body_temp_path $work/tmp/cb; proxy_temp_path $work/tmp/pt; fastcgi_temp_path $work/tmp/ft;
  uwsgi_temp_path $work/tmp/ut; scgi_temp_path $work/tmp/st; include /etc/nginx/mime.types;
  server { listen 127.0.0.1:$port; root $work/www; autoindex on; } }
CONF
chmod -R a+rX "$work"
nginx -c "$work/nginx.conf"
url="http://127.0.0.1:$port/meeting/"

# aria2c cannot read listings; its users feed it the URL list a script made
# from them. Make that list once (not timed): the fairest case for aria2c.
(cd "$work/www/meeting" && find . -type f | sed "s|^\./|$url|") > "$work/urls.txt"

seconds() { local s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; awk -v a="$s" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }'; }
requests() { wc -l < "$work/access.log"; }
median() { tr ' ' '\n' | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

declare -A t
for run in $(seq "$runs"); do
  echo "run $run/$runs" >&2
  rm -rf "$work/plenary" "$work/wget" "$work/aria2"; sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true
  t[p1]+=" $(seconds "$build/app/plenary-cli" sync "$url" --jobs "$jobs" --data-dir "$work/plenary")"
  : > "$work/access.log"
  t[p2]+=" $(seconds "$build/app/plenary-cli" sync "$url" --jobs "$jobs" --data-dir "$work/plenary")"
  preq=$(requests)
  t[w1]+=" $(seconds wget --mirror -np -nH -q -e robots=off -P "$work/wget" "$url")"
  : > "$work/access.log"
  t[w2]+=" $(seconds wget --mirror -np -nH -q -e robots=off -P "$work/wget" "$url")"
  wreq=$(requests)
  t[a1]+=" $(seconds aria2c -q -i "$work/urls.txt" -j "$jobs" -x 1 -d "$work/aria2" --force-sequential=false --auto-file-renaming=false --allow-overwrite=true)"
  : > "$work/access.log"
  t[a2]+=" $(seconds aria2c -q -i "$work/urls.txt" -j "$jobs" -x 1 -d "$work/aria2" --conditional-get=true --auto-file-renaming=false --allow-overwrite=true)"
  areq=$(requests)
done
# Check the copy: every file, byte for byte.
diff -r -x .partial -x .previous "$work/www/meeting" "$work/plenary/documents/"*/ >/dev/null && verified=yes || verified=NO

p1=$(echo ${t[p1]} | median); p2=$(echo ${t[p2]} | median)
w1=$(echo ${t[w1]} | median); w2=$(echo ${t[w2]} | median)
a1=$(echo ${t[a1]} | median); a2=$(echo ${t[a2]} | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
cat <<TABLE
Folder: $files files in 3 folders, $(awk -v b="$bytes" 'BEGIN { printf "%.2f GB", b / 1e9 }'), sizes $min-$max bytes log-uniform; $runs runs, medians; plenary and aria2c with $jobs connections. Plenary's copy verified identical: $verified.

| tool | first sync (s) | re-sync, nothing changed (s) | requests on re-sync | first sync vs Plenary |
|---|---:|---:|---:|---:|
| plenary-cli sync | $p1 | $p2 | $preq | 1.00 |
| wget --mirror -np | $w1 | $w2 | $wreq | $(ratio "$w1" "$p1") |
| aria2c -j $jobs (URL list given) | $a1 | $a2 | $areq | $(ratio "$a1" "$p1") |
TABLE
