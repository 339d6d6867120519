#!/bin/sh
# Measure the bundle's time to first window: from starting the executable to its main window
# being mapped on a real X server (Xvfb), as a user clicking the menu entry would wait for it.
#
#   packaging/measure_startup.sh [EXECUTABLE] [RUNS]
#
# Needs Xvfb and xdotool (Debian: apt-get install xvfb xdotool). Each run uses a fresh HOME, so
# every run is a first launch (the demo dossier is built after the window shows). Prints one time
# per run, in seconds, then the median.
set -eu
EXE=${1:-dist/workbench/workbench}
RUNS=${2:-5}
DISPLAY_NUM=:87
TITLE="Workbench"

Xvfb $DISPLAY_NUM -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT INT TERM
sleep 1

times=""
i=0
while [ "$i" -lt "$RUNS" ]; do
    i=$((i + 1))
    home=$(mktemp -d)
    start=$(date +%s.%N)
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
        DISPLAY=$DISPLAY_NUM "$EXE" gui >/dev/null 2>&1 &
    app=$!
    if ! DISPLAY=$DISPLAY_NUM timeout 120 xdotool search --sync --onlyvisible --name "$TITLE" \
            >/dev/null; then
        echo "run $i: no window within 120 s (does '$EXE gui' start?)" >&2
        kill "$app" 2>/dev/null || true
        exit 1
    fi
    end=$(date +%s.%N)
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    rm -rf "$home"
    t=$(echo "$end - $start" | bc)
    echo "run $i: ${t}s"
    times="$times $t"
done
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] "s"}'
