#!/usr/bin/env bash
# Runs every test on a fresh machine: `bash tests/run.sh` (the README's test command, and what CI runs).
#
# The Docker tests need a real engine. When none answers, this script starts one: as root on
# Debian it installs docker.io (and busybox-static, whose /bin/busybox becomes the test image)
# and starts dockerd. Where that is impossible it stops with the reason: no test is ever skipped.
# A dockerd this script started is stopped again on exit, and no test resource may be left on
# the engine.
#
# The packaging tests publish samples/AotSample with Native AOT, which compiles and links with
# clang. As root on Debian this script installs clang and zlib1g-dev (the .NET Native AOT
# prerequisites) where they are missing; elsewhere it stops with the reason.
#
# The registry and remote-engine tests start their own registries, second dockerd and sshd;
# tests/infra/remote.sh installs the tools they run. A dockerd this script started is stopped
# again on exit, and no test resource may be left on any engine, registry or host.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[tests/run.sh] %s\n' "$*"; }

DOCKERD_LOG=/tmp/toolkit-dockerd.log
DOCKERD_PIDFILE=/var/run/docker.pid
DOCKERD_WAIT_SECONDS=60

engine_answers() { command -v docker >/dev/null 2>&1 && timeout 5 docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }
engine_version() { docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})' 2>/dev/null || echo unknown; }
is_root_with_apt() { [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; }

apt_install() {
  log "installing $* with apt-get"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }; then
    log "apt-get could not install $*"
    return 1
  fi
}

# Starts dockerd in the background and waits until it answers, it dies, or the wait runs out.
# $@: extra dockerd arguments.
started_dockerd=""
start_dockerd() {
  # A pid file left by a dockerd that died makes the next one refuse to start.
  if [ -f "$DOCKERD_PIDFILE" ] && ! kill -0 "$(cat "$DOCKERD_PIDFILE" 2>/dev/null)" 2>/dev/null; then
    log "removing stale $DOCKERD_PIDFILE"
    rm -f "$DOCKERD_PIDFILE"
  fi
  log "starting dockerd $* (log: $DOCKERD_LOG)"
  dockerd "$@" >>"$DOCKERD_LOG" 2>&1 &
  started_dockerd=$!
  for _ in $(seq 1 "$DOCKERD_WAIT_SECONDS"); do
    if engine_answers; then return 0; fi
    if ! kill -0 "$started_dockerd" 2>/dev/null; then
      wait "$started_dockerd" 2>/dev/null || true
      log "dockerd exited during start-up; last lines of its log:"
      tail -n 5 "$DOCKERD_LOG" | sed 's/^/    /' || true
      started_dockerd=""
      return 1
    fi
    sleep 1
  done
  return 1
}

stop_dockerd() {
  [ -n "$started_dockerd" ] || return 0
  log "stopping the dockerd this script started (pid $started_dockerd)"
  kill -TERM "$started_dockerd" 2>/dev/null || true
  # dockerd stops its containers and its managed containerd; give it time, then insist.
  for _ in $(seq 1 30); do
    kill -0 "$started_dockerd" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$started_dockerd" 2>/dev/null; then
    log "dockerd did not stop within 30 s; killing it"
    kill -KILL "$started_dockerd" 2>/dev/null || true
  fi
  wait "$started_dockerd" 2>/dev/null || true
  started_dockerd=""
}

# Stops the run before any test: the Docker tests need an engine and are never skipped.
no_docker() {
  log "cannot run the Docker tests: $*"
  log "start dockerd (or set DOCKER_HOST) and install busybox-static, or run this script as root on Debian"
  exit 1
}

ensure_docker() {
  # The test image is made from the host's static busybox, so it is needed even when an engine answers.
  if [ ! -x /bin/busybox ] && is_root_with_apt; then
    apt_install busybox-static || true
  fi

  if engine_answers; then
    log "Docker engine reachable: $(engine_version)"
  elif is_root_with_apt; then
    if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
      apt_install docker.io || true
    fi
    if ! command -v dockerd >/dev/null 2>&1; then
      no_docker "docker.io could not be installed with apt-get"
    elif start_dockerd || {
      # overlay2 cannot work on some file systems (overlay on overlay inside a container): fall back to vfs.
      stop_dockerd
      log "retrying with the vfs storage driver"
      start_dockerd --storage-driver=vfs
    }; then
      log "Docker engine started: $(engine_version)"
    else
      no_docker "dockerd was started but did not answer within ${DOCKERD_WAIT_SECONDS} s; see $DOCKERD_LOG"
    fi
  else
    no_docker "no Docker engine answers and this script cannot start one (needs root and apt-get)"
  fi

  if [ ! -x /bin/busybox ]; then
    no_docker "/bin/busybox is missing (install busybox-static); the Docker tests build their image from it"
  fi
}

# Stops the run before any test: the Native AOT publish test needs a C toolchain and is never skipped.
no_native_toolchain() {
  log "cannot run the Native AOT test: $*"
  log "install clang and zlib1g-dev (the .NET Native AOT prerequisites), or run this script as root on Debian"
  exit 1
}

ensure_native_toolchain() {
  local missing=()
  command -v clang >/dev/null 2>&1 || missing+=(clang)
  [ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
  if [ "${#missing[@]}" -gt 0 ] && is_root_with_apt; then
    apt_install "${missing[@]}" || true
  fi

  if ! command -v clang >/dev/null 2>&1; then
    no_native_toolchain "clang is missing"
  elif [ ! -e /usr/include/zlib.h ]; then
    no_native_toolchain "zlib's development files are missing (/usr/include/zlib.h)"
  fi
  log "Native AOT toolchain: $(clang --version | head -n 1)"
}

# Lists what the Docker tests left on the engine: anything labelled with a test session ("tk-…").
docker_leftovers() {
  local kind
  for kind in container image volume network; do
    case "$kind" in
      container) docker ps -a --filter label=toolkit.session --format '{{.ID}} {{.Label "toolkit.session"}}' ;;
      image) docker images --filter label=toolkit.session --format '{{.ID}} {{.Repository}}:{{.Tag}}' | while read -r id ref; do
               printf '%s %s\n' "$id" "$(docker image inspect --format '{{index .Config.Labels "toolkit.session"}}' "$id")"; done ;;
      volume) docker volume ls --filter label=toolkit.session --format '{{.Name}} {{.Label "toolkit.session"}}' ;;
      network) docker network ls --filter label=toolkit.session --format '{{.ID}} {{.Label "toolkit.session"}}' ;;
    esac | awk -v kind="$kind" '$2 ~ /^tk-/ { print kind, $1, $2 }'
  done
}

check_no_leftovers() {
  local leftovers
  leftovers="$(docker_leftovers | sort -u)"
  if [ -n "$leftovers" ]; then
    log "the Docker tests left resources on the engine:"
    printf '%s\n' "$leftovers" | sed 's/^/    /'
    return 1
  fi
  log "nothing left on the Docker engine"
}

trap stop_dockerd EXIT

ensure_docker
ensure_native_toolchain
bash tests/infra/remote.sh install || { log "cannot run the registry and remote-engine tests without their tools (see above)"; exit 1; }
status=0
dotnet test Toolkit.sln -c Release "$@" || status=$?
check_no_leftovers || status=1
bash tests/infra/remote.sh check || status=1
exit "$status"
