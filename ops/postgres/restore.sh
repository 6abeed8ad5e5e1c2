#!/usr/bin/env bash
# Restores a backup.sh dump into an EMPTY database (stop the web instances first).
# Usage: restore.sh DUMP_FILE   (connection from TALENTCHAIN_DB_* as in backup.sh)
set -euo pipefail

dump=${1:?usage: restore.sh DUMP_FILE}
# shellcheck source=ops/postgres/db-env.sh
. "$(dirname "$0")/db-env.sh"

PGPASSWORD=${TALENTCHAIN_DB_PASSWORD:-} pg_restore --host "$db_host" --port "$db_port" \
  --username "${TALENTCHAIN_DB_USER:-talentchain}" --dbname "$db_name" --no-owner \
  --exit-on-error "$dump"
echo "restored $dump into $db_name on $db_host:$db_port"
