#!/usr/bin/env bash
# Start or stop a throw-away OpenLink Virtuoso for the srgraph tests.
#
#   tests/servers/virtuoso.sh install # install the Debian package if missing (as root)
#   tests/servers/virtuoso.sh start   # install if missing, start on 127.0.0.1, wait for /sparql
#   tests/servers/virtuoso.sh stop    # stop it (the database folder is kept; `clean` removes it)
#   tests/servers/virtuoso.sh status
#
# Environment (defaults):
#   SRGRAPH_VIRTUOSO_DIR=/tmp/srgraph-virtuoso   database, virtuoso.ini, log, pid; its load/
#                                                folder is in DirsAllowed (bulk loader, ld_dir)
#   SRGRAPH_VIRTUOSO_HTTP_PORT=8890              HTTP: /sparql, /sparql-auth, /sparql-graph-crud-auth
#   SRGRAPH_VIRTUOSO_SQL_PORT=1111               ISQL port (bound on 127.0.0.1)
#   SRGRAPH_VIRTUOSO_USER=srgraph                user for Graph Store pushes (digest auth)
#   SRGRAPH_VIRTUOSO_PASSWORD=srgraph-test       its password
#   SRGRAPH_VIRTUOSO_DBA_PASSWORD=dba            dba password of the fresh database
set -euo pipefail

DIR="${SRGRAPH_VIRTUOSO_DIR:-/tmp/srgraph-virtuoso}"
HTTP_PORT="${SRGRAPH_VIRTUOSO_HTTP_PORT:-8890}"
SQL_PORT="${SRGRAPH_VIRTUOSO_SQL_PORT:-1111}"
USER_NAME="${SRGRAPH_VIRTUOSO_USER:-srgraph}"
USER_PASSWORD="${SRGRAPH_VIRTUOSO_PASSWORD:-srgraph-test}"
DBA_PASSWORD="${SRGRAPH_VIRTUOSO_DBA_PASSWORD:-dba}"
URL="http://127.0.0.1:${HTTP_PORT}"

log() { echo "virtuoso.sh: $*" >&2; }

answers() {
  # python3 rather than curl: it is the one tool every machine of this project has.
  python3 - "${URL}/sparql?query=ASK%20%7B%7D" <<'PY' 2>/dev/null
import sys, urllib.request
urllib.request.urlopen(sys.argv[1], timeout=3).read()
PY
}

install_if_missing() {
  if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
    return
  fi
  if [ "$(id -u)" != 0 ]; then
    log "virtuoso-opensource is not installed and we are not root: sudo apt-get install virtuoso-opensource"
    exit 1
  fi
  log "installing virtuoso-opensource (Debian package)"
  # The package's postinst asks for the dba password through debconf (two password questions).
  debconf-set-selections <<SEL
virtuoso-opensource-7 virtuoso-opensource-7/dba-password password ${DBA_PASSWORD}
virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password ${DBA_PASSWORD}
SEL
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null
  # The package may start the system-wide instance on 8890/1111; ours uses its own database.
  if command -v service >/dev/null 2>&1; then
    service virtuoso-opensource-7 stop >/dev/null 2>&1 || true
  fi
}

write_ini() {
  mkdir -p "${DIR}/db"
  local vad=/usr/share/virtuoso-opensource-7/vad
  local plugins
  plugins="$(ls -d /usr/lib/*/virtuoso-opensource-7/hosting 2>/dev/null | head -n 1)"
  cat > "${DIR}/virtuoso.ini" <<INI
[Database]
DatabaseFile       = ${DIR}/db/virtuoso.db
ErrorLogFile       = ${DIR}/db/virtuoso.log
LockFile           = ${DIR}/db/virtuoso.lck
TransactionFile    = ${DIR}/db/virtuoso.trx
xa_persistent_file = ${DIR}/db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = ${DIR}/db/virtuoso-temp.db
TransactionFile    = ${DIR}/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:${SQL_PORT}
LiteMode                 = 0
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 10
CheckpointInterval       = 60
O_DIRECT                 = 0
CaseMode                 = 2
MaxStaticCursorRows      = 5000
AllowOSCalls             = 0
DirsAllowed              = ., ${vad}, ${DIR}/load
VADInstallDir            = ${vad}/
NumberOfBuffers          = 10000
MaxDirtyBuffers          = 6000
ThreadsPerQuery          = 2
MaxQueryMem              = 256M

[HTTPServer]
ServerPort                  = 127.0.0.1:${HTTP_PORT}
ServerRoot                  = ${DIR}/vsp
MaxClientConnections        = 10
DavRoot                     = DAV
EnabledDavVSP               = 0
HTTPProxyEnabled            = 0
ServerThreads               = 10
MaxKeepAlives               = 10
KeepAliveTimeout            = 10
HTTPThreadSize              = 280000
Charset                     = UTF-8
EnabledGzipContent          = 0

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT  = 0
SQL_TXN_TIMEOUT    = 0

[SPARQL]
ResultSetMaxRows           = 100000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 60
DefaultGraph               = ${URL}/dataspace

[Plugins]
LoadPath = ${plugins}
INI
  mkdir -p "${DIR}/vsp" "${DIR}/load"
}

isql() {
  isql-vt "127.0.0.1:${SQL_PORT}" dba "${DBA_PASSWORD}" "$@"
}

grant_user() {
  # A dedicated SQL user for Graph Store (digest auth on /sparql-graph-crud-auth) and
  # SPARQL Update on /sparql-auth: role SPARQL_UPDATE plus read/write on every graph.
  isql verbose=off banner=off prompt=off echo=off errors=stdout <<SQL >"${DIR}/grant.log" 2>&1 || true
DB.DBA.USER_CREATE ('${USER_NAME}', '${USER_PASSWORD}');
USER_SET_PASSWORD ('${USER_NAME}', '${USER_PASSWORD}');
GRANT SPARQL_UPDATE TO "${USER_NAME}";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('${USER_NAME}', 3);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1);
SQL
  if ! isql verbose=off banner=off prompt=off echo=off \
      exec="select count(*) from DB.DBA.SYS_USERS where U_NAME = '${USER_NAME}';" | grep -q 1; then
    log "could not create user ${USER_NAME}; see ${DIR}/grant.log"
    exit 1
  fi
}

start() {
  if answers; then
    log "already answering on ${URL}/sparql"
    return
  fi
  install_if_missing
  write_ini
  log "starting virtuoso-t (database in ${DIR}/db, HTTP ${URL}, ISQL 127.0.0.1:${SQL_PORT})"
  (cd "${DIR}/db" && virtuoso-t +configfile "${DIR}/virtuoso.ini" +foreground >"${DIR}/stdout.log" 2>&1 &
   echo $! >"${DIR}/virtuoso.pid")
  for _ in $(seq 1 120); do
    if answers; then
      grant_user
      log "ready: ${URL}/sparql (push user ${USER_NAME})"
      return
    fi
    if ! kill -0 "$(cat "${DIR}/virtuoso.pid")" 2>/dev/null; then
      log "virtuoso-t exited; log:"
      tail -20 "${DIR}/db/virtuoso.log" >&2 || true
      exit 1
    fi
    sleep 0.5
  done
  log "timed out waiting for ${URL}/sparql"
  exit 1
}

stop() {
  if [ -f "${DIR}/virtuoso.pid" ]; then
    local pid
    pid="$(cat "${DIR}/virtuoso.pid")"
    if kill -0 "${pid}" 2>/dev/null; then
      isql -K >/dev/null 2>&1 || kill "${pid}" 2>/dev/null || true
      for _ in $(seq 1 40); do
        kill -0 "${pid}" 2>/dev/null || break
        sleep 0.25
      done
      kill -0 "${pid}" 2>/dev/null && kill -9 "${pid}" 2>/dev/null || true
    fi
    rm -f "${DIR}/virtuoso.pid"
    log "stopped"
  else
    log "not started by this script"
  fi
}

case "${1:-}" in
  install) install_if_missing ;;
  start) start ;;
  stop) stop ;;
  clean) stop; rm -rf "${DIR}" ;;
  status) if answers; then echo "running: ${URL}"; else echo "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|clean|status" >&2; exit 2 ;;
esac
