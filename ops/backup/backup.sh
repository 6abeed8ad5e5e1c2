#!/usr/bin/env bash
# Backs up one talent credential chain instance into ONE archive: the database (the H2 files
# under the data folder, or a pg_dump of PostgreSQL), the embedded ledger folder and the key
# store, with a manifest and SHA-256 checksums of every file.
#
# Run it with the application STOPPED (systemctl stop talentchain): the ledger, its checkpoint
# (kept in the database) and the keys must be copied at one moment, or the restored ledger may
# not reach its checkpoint and refuse to open. It refuses while a process holds the embedded
# ledger folder or the H2 database.
#
# Usage: backup.sh OUTPUT_DIR      (prints the archive's path on its last line)
# Reads TALENTCHAIN_DATA_DIR and TALENTCHAIN_DB_* from /etc/talentchain/talentchain.env
# (or TALENTCHAIN_ENV_FILE) unless TALENTCHAIN_DATA_DIR is already set.
set -euo pipefail
umask 077 # the archive holds the (encrypted) private keys

die() {
  echo "backup: $*" >&2
  exit 1
}

out_dir=${1:?usage: backup.sh OUTPUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
env_file=${TALENTCHAIN_ENV_FILE:-/etc/talentchain/talentchain.env}
if [ -z "${TALENTCHAIN_DATA_DIR:-}" ] && [ -r "$env_file" ]; then
  set -a
  # shellcheck disable=SC1090
  . "$env_file"
  set +a
fi
data_dir=${TALENTCHAIN_DATA_DIR:-./data}
[ -d "$data_dir" ] || die "no data folder at $data_dir (set TALENTCHAIN_DATA_DIR)"
data_dir=$(cd "$data_dir" && pwd -P)

db_url=${TALENTCHAIN_DB_URL:-}
case "$db_url" in
  "" | jdbc:h2:file:*) db_kind=h2 ;;
  jdbc:postgresql:*) db_kind=postgresql ;;
  *) die "cannot back up the database at $db_url (only an H2 file or PostgreSQL)" ;;
esac
if [ "$db_kind" = h2 ] && [ -n "$db_url" ]; then
  h2_file=${db_url#jdbc:h2:file:}
  h2_file=${h2_file%%;*}
  h2_dir=$(cd "$(dirname "$h2_file")" 2>/dev/null && pwd -P) || die "no H2 database at $h2_file"
  case "$h2_dir/" in
    "$data_dir"/*) ;;
    *) die "the H2 database $h2_file is outside the data folder $data_dir; move it under it" ;;
  esac
fi

# Quiesce check: the embedded ledger writes its process id into ledger.lock while it is open.
lock="$data_dir/ledger/ledger.lock"
if [ -s "$lock" ]; then
  pid=$(tr -dc '0-9' <"$lock")
  if [ -n "$pid" ] && [ -d "/proc/$pid" ]; then
    die "the embedded ledger in $data_dir/ledger is in use by process $pid: stop the application first (systemctl stop talentchain)"
  fi
fi
if [ "$db_kind" = h2 ] && compgen -G "$data_dir/db/*.lock.db" >/dev/null; then
  die "the H2 database in $data_dir/db is open ($(compgen -G "$data_dir/db/*.lock.db")): stop the application first"
fi

mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd -P)
case "$out_dir/" in
  "$data_dir"/*) die "write the backup outside the data folder, not into $out_dir" ;;
esac
stage=$(mktemp -d "$out_dir/.talentchain-backup.XXXXXX")
trap 'rm -rf "$stage"' EXIT

cp -a "$data_dir" "$stage/data"
rm -f "$stage/data/ledger/ledger.lock"

if [ "$db_kind" = postgresql ]; then
  # shellcheck source=ops/postgres/db-env.sh
  . "$here/../postgres/db-env.sh"
  PGPASSWORD=${TALENTCHAIN_DB_PASSWORD:-} pg_dump --host "$db_host" --port "$db_port" \
    --username "${TALENTCHAIN_DB_USER:-talentchain}" --format custom --no-owner \
    --file "$stage/database.dump" "$db_name"
  pg_restore --list "$stage/database.dump" >/dev/null
fi

ledger_height=none
if [ -s "$stage/data/ledger/ledger.jsonl" ]; then
  ledger_height=$(($(wc -l <"$stage/data/ledger/ledger.jsonl") - 1))
fi
stamp=$(date -u +%Y%m%dT%H%M%SZ)
{
  echo "format=talentchain-backup-1"
  echo "created=$stamp"
  echo "host=$(hostname)"
  echo "source_data_dir=$data_dir"
  echo "database=$db_kind"
  echo "ledger_height=$ledger_height"
  echo "keys=$(find "$stage/data/keys" -type f 2>/dev/null | wc -l)"
} >"$stage/manifest.txt"
(cd "$stage" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum) \
  >"$stage/SHA256SUMS"

archive="$out_dir/talentchain-backup-$stamp.tar.gz"
[ -e "$archive" ] && die "$archive exists already"
tar -C "$stage" -czf "$archive.partial" .
tar -tzf "$archive.partial" >/dev/null
mv "$archive.partial" "$archive"
echo "backup: database ($db_kind), ledger (height $ledger_height), keys and manifest in"
echo "$archive"
