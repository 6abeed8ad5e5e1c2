#!/usr/bin/env bash
# Sourced by ./run, ./test and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer
# (Vaadin 25 needs it). Keeps a JAVA_HOME that already qualifies; otherwise takes the newest
# JDK under /usr/lib/jvm (this environment ships Temurin 25 beside the default Java 17).

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ]; then
  export JAVA_HOME
else
  best=""
  best_major=0
  for jdk in /usr/lib/jvm/*; do
    [ -x "$jdk/bin/javac" ] || continue
    major=$(java_major "$jdk")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$jdk
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer found: install one (e.g. Temurin 25) and set JAVA_HOME." >&2
    exit 1
  fi
  export JAVA_HOME=$best
fi
export PATH="$JAVA_HOME/bin:$PATH"
