#!/usr/bin/env bash
# Nightly backup of the talent credential chain's off-chain state.
# Usage: backup.sh BACKUP_DIR
# Reads TALENTCHAIN_DB_* and TALENTCHAIN_DATA_DIR from /etc/talentchain/talentchain.env
# unless they are already set.
set -euo pipefail

backup_dir=${1:?usage: backup.sh BACKUP_DIR}
env_file=${TALENTCHAIN_ENV_FILE:-/etc/talentchain/talentchain.env}
if [ -z "${TALENTCHAIN_DB_URL:-}" ] && [ -r "$env_file" ]; then
  set -a
  # shellcheck disable=SC1090
  . "$env_file"
  set +a
fi
: "${TALENTCHAIN_DB_URL:?TALENTCHAIN_DB_URL is not set}"
: "${TALENTCHAIN_DATA_DIR:?TALENTCHAIN_DATA_DIR is not set}"

# jdbc:postgresql://host:port/db -> host, port, db
url=${TALENTCHAIN_DB_URL#jdbc:postgresql://}
hostport=${url%%/*}
db=${url#*/}
db=${db%%\?*}
host=${hostport%%:*}
port=5432
[ "$hostport" != "$host" ] && port=${hostport#*:}

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$backup_dir"
dump="$backup_dir/talentchain-db-$stamp.dump"
files="$backup_dir/talentchain-data-$stamp.tar.gz"

PGPASSWORD=${TALENTCHAIN_DB_PASSWORD:-} pg_dump --host "$host" --port "$port" \
  --username "${TALENTCHAIN_DB_USER:-talentchain}" --format custom --no-owner \
  --file "$dump.partial" "$db"
pg_restore --list "$dump.partial" >/dev/null
mv "$dump.partial" "$dump"

tar -C "$(dirname "$TALENTCHAIN_DATA_DIR")" -czf "$files.partial" "$(basename "$TALENTCHAIN_DATA_DIR")"
mv "$files.partial" "$files"

find "$backup_dir" -name 'talentchain-*' -type f -mtime +14 -delete
echo "backup: $dump $files"
