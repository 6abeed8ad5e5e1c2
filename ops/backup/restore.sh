#!/usr/bin/env bash
# Restores an archive made by backup.sh into a FRESH instance: an empty or missing data folder
# and, for a PostgreSQL backup, an empty database (TALENTCHAIN_DB_* as in ops/postgres). Checks
# every file against the archive's SHA-256 sums before anything is put in place.
#
# Usage: restore.sh ARCHIVE TARGET_DATA_DIR
# Then start the application with TALENTCHAIN_DATA_DIR=TARGET_DATA_DIR (and the same key-store
# password as the backed-up instance).
set -euo pipefail
umask 077

die() {
  echo "restore: $*" >&2
  exit 1
}

archive=${1:?usage: restore.sh ARCHIVE TARGET_DATA_DIR}
target=${2:?usage: restore.sh ARCHIVE TARGET_DATA_DIR}
here=$(cd "$(dirname "$0")" && pwd)

[ -r "$archive" ] || die "cannot read $archive"
if [ -e "$target" ]; then
  [ -d "$target" ] || die "$target is not a folder"
  [ -z "$(ls -A "$target")" ] || die "$target is not empty: restore only into a fresh instance"
fi
mkdir -p "$(dirname "$target")"
stage=$(mktemp -d "$(dirname "$target")/.talentchain-restore.XXXXXX")
trap 'rm -rf "$stage"' EXIT

tar -C "$stage" -xzf "$archive"
grep -qx 'format=talentchain-backup-1' "$stage/manifest.txt" 2>/dev/null ||
  die "$archive is not a talent credential chain backup (no manifest.txt)"
(cd "$stage" && sha256sum --quiet --strict -c SHA256SUMS) ||
  die "$archive is damaged: the files above do not match their checksums; nothing was restored"
[ -d "$stage/data" ] || die "$archive holds no data folder"

database=$(sed -n 's/^database=//p' "$stage/manifest.txt")
if [ "$database" = postgresql ]; then
  : "${TALENTCHAIN_DB_URL:?set TALENTCHAIN_DB_* to the EMPTY PostgreSQL database to restore into}"
  "$here/../postgres/restore.sh" "$stage/database.dump"
fi

if [ -e "$target" ]; then
  rmdir "$target"
fi
mv "$stage/data" "$target"
echo "restore: $archive ($(sed -n 's/^created=//p' "$stage/manifest.txt"), database $database," \
  "ledger height $(sed -n 's/^ledger_height=//p' "$stage/manifest.txt")) restored into $target"
