#!/usr/bin/env bash
# Nightly backup of the talent credential chain's off-chain state.
# Usage: backup.sh BACKUP_DIR
# Reads TALENTCHAIN_DB_* and TALENTCHAIN_DATA_DIR from /etc/talentchain/talentchain.env
# unless they are already set.
set -euo pipefail

backup_dir=${1:?usage: backup.sh BACKUP_DIR}
# shellcheck source=ops/postgres/db-env.sh
. "$(dirname "$0")/db-env.sh"

: "${TALENTCHAIN_DATA_DIR:?TALENTCHAIN_DATA_DIR is not set}"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$backup_dir"
dump="$backup_dir/talentchain-db-$stamp.dump"
files="$backup_dir/talentchain-data-$stamp.tar.gz"

PGPASSWORD=${TALENTCHAIN_DB_PASSWORD:-} pg_dump --host "$db_host" --port "$db_port" \
  --username "${TALENTCHAIN_DB_USER:-talentchain}" --format custom --no-owner \
  --file "$dump.partial" "$db_name"
pg_restore --list "$dump.partial" >/dev/null
mv "$dump.partial" "$dump"

tar -C "$(dirname "$TALENTCHAIN_DATA_DIR")" -czf "$files.partial" "$(basename "$TALENTCHAIN_DATA_DIR")"
mv "$files.partial" "$files"

find "$backup_dir" -name 'talentchain-*' -type f -mtime +14 -delete
echo "backup: $dump $files"
