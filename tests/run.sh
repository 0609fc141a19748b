#!/usr/bin/env bash
# Runs every test on a fresh machine: `bash tests/run.sh` (the README's test command, and what CI runs).
#
# The Docker tests need a real engine. When none answers, this script starts one: as root on
# Debian it installs docker.io (and busybox-static, whose /bin/busybox becomes the test image)
# and starts dockerd. Where that is impossible the Docker tests report themselves as not run,
# with the reason, except under CI=true, where a missing engine fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[tests/run.sh] %s\n' "$*"; }

engine_answers() { timeout 5 docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

started_dockerd=""
ensure_docker() {
  if command -v docker >/dev/null 2>&1 && engine_answers; then
    log "Docker engine reachable: $(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')"
  elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    if ! command -v dockerd >/dev/null 2>&1 || [ ! -x /bin/busybox ]; then
      log "installing docker.io and busybox-static with apt-get"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io busybox-static >/dev/null
    fi
    if ! engine_answers; then
      log "starting dockerd (log: /tmp/toolkit-dockerd.log)"
      nohup dockerd >/tmp/toolkit-dockerd.log 2>&1 &
      started_dockerd=$!
      for _ in $(seq 1 60); do engine_answers && break; sleep 1; done
    fi
    if engine_answers; then
      log "Docker engine started: $(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')"
    else
      export TOOLKIT_DOCKER_UNAVAILABLE="dockerd was started but did not answer within 60 s; see /tmp/toolkit-dockerd.log"
    fi
  else
    export TOOLKIT_DOCKER_UNAVAILABLE="no Docker engine answers and this script cannot start one (needs root and apt-get)"
  fi
  if [ -n "${TOOLKIT_DOCKER_UNAVAILABLE:-}" ]; then
    log "Docker tests will not run: $TOOLKIT_DOCKER_UNAVAILABLE"
    if [ "${CI:-}" = "true" ]; then
      log "CI=true requires a Docker engine; failing."
      exit 1
    fi
  fi
}

stop_dockerd() {
  if [ -n "$started_dockerd" ]; then
    kill "$started_dockerd" 2>/dev/null || true
    wait "$started_dockerd" 2>/dev/null || true
  fi
}
trap stop_dockerd EXIT

ensure_docker
dotnet test Toolkit.sln -c Release "$@"
