#!/usr/bin/env bash
# The host side of the registry and remote-engine tests (tests/Toolkit.Docker.Tests/Registries and Remote).
#
# usage: tests/infra/remote.sh install|check
#
#   install  makes sure the tools the test fixtures run are there, installing the Debian packages that hold them
#            (as root with apt-get): docker-registry (the CNCF distribution registry 2.8), openssh-server and
#            openssh-client (sshd, ssh, ssh-keygen), openssl, apache2-utils (htpasswd: the registry accepts bcrypt
#            entries only) and iproute2 (ip). Fails with the reason when one is missing and cannot be installed.
#   check    lists what the fixtures may have left on the host and fails if there is anything: processes and
#            mounts under /tmp/tkr-* (registries, the second dockerd and its containerd and shims, sshd, ssh
#            clients), the directories themselves, tkrbr* bridges, 10.233.0.0/16 addresses on lo and their
#            /etc/docker/certs.d entries, and images named after the registry tests on the main engine.
#
# The fixtures themselves start and remove all of it (ports, names and addresses are chosen per run, so two runs
# never collide); this script only installs what they need and proves they cleaned up.
set -euo pipefail

log() { printf '[tests/infra/remote.sh] %s\n' "$*"; }

# command -> Debian package that provides it
TOOLS="docker-registry:docker-registry /usr/sbin/sshd:openssh-server ssh:openssh-client ssh-keygen:openssh-client openssl:openssl htpasswd:apache2-utils ip:iproute2"

install() {
  local missing=() packages=() entry tool package
  for entry in $TOOLS; do
    tool=${entry%%:*}; package=${entry#*:}
    if ! command -v "$tool" >/dev/null 2>&1; then
      missing+=("$tool"); packages+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && { log "registry and remote-engine tools present"; return 0; }
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "missing ${missing[*]} and cannot install them (needs root and apt-get): install ${packages[*]}"
    return 1
  fi
  log "installing $(printf '%s\n' "${packages[@]}" | sort -u | tr '\n' ' ')with apt-get"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(printf '%s\n' "${packages[@]}" | sort -u) >/dev/null || {
    log "apt-get could not install ${packages[*]}"; return 1; }
  for tool in "${missing[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || { log "$tool is still missing after the installation"; return 1; }
  done
}

leftovers() {
  # Processes: every daemon a fixture starts names its /tmp/tkr-* directory on its command line.
  ps -eo pid=,args= | awk 'index($0, "/tmp/tkr-") && $2 !~ /^(awk|ps)$/ { print "process", $0 }'
  awk '$5 ~ "^/tmp/tkr-" { print "mount", $5 }' /proc/self/mountinfo
  for d in /tmp/tkr-*; do [ -e "$d" ] && echo "directory $d"; done
  ip -o link show 2>/dev/null | awk -F': ' '$2 ~ /^tkrbr/ { print "bridge", $2 }'
  ip -o -4 address show dev lo 2>/dev/null | awk '$4 ~ /^10\.233\./ { print "address", $4, "on lo" }'
  for d in /etc/docker/certs.d/10.233.*; do [ -e "$d" ] && echo "certs.d $d"; done
  if command -v docker >/dev/null 2>&1; then
    docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}' 2>/dev/null | awk '$1 ~ /tk-registry-test/ { print "image", $0 }'
  fi
  true
}

check() {
  local found
  found="$(leftovers)"
  if [ -n "$found" ]; then
    log "the registry and remote-engine tests left these behind:"
    printf '%s\n' "$found" | sed 's/^/    /'
    return 1
  fi
  log "nothing left by the registry and remote-engine tests"
}

case "${1:-}" in
  install) install ;;
  check) check ;;
  *) echo "usage: $0 install|check" >&2; exit 2 ;;
esac
