#!/usr/bin/env bash
# Restores a backup.sh dump into an EMPTY database (stop the web instances first).
# Usage: restore.sh DUMP_FILE   (connection from TALENTCHAIN_DB_* as in backup.sh)
set -euo pipefail

dump=${1:?usage: restore.sh DUMP_FILE}
env_file=${TALENTCHAIN_ENV_FILE:-/etc/talentchain/talentchain.env}
if [ -z "${TALENTCHAIN_DB_URL:-}" ] && [ -r "$env_file" ]; then
  set -a
  # shellcheck disable=SC1090
  . "$env_file"
  set +a
fi
: "${TALENTCHAIN_DB_URL:?TALENTCHAIN_DB_URL is not set}"

url=${TALENTCHAIN_DB_URL#jdbc:postgresql://}
hostport=${url%%/*}
db=${url#*/}
db=${db%%\?*}
host=${hostport%%:*}
port=5432
[ "$hostport" != "$host" ] && port=${hostport#*:}

PGPASSWORD=${TALENTCHAIN_DB_PASSWORD:-} pg_restore --host "$host" --port "$port" \
  --username "${TALENTCHAIN_DB_USER:-talentchain}" --dbname "$db" --no-owner \
  --exit-on-error "$dump"
echo "restored $dump into $db on $host:$port"
