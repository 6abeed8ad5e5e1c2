#!/usr/bin/env bash
# Sourced by backup.sh and restore.sh: reads the application's environment file (unless the
# variables are already set) and splits TALENTCHAIN_DB_URL into host, port and database.
# Sets: db_host, db_port, db_name.

env_file=${TALENTCHAIN_ENV_FILE:-/etc/talentchain/talentchain.env}
if [ -z "${TALENTCHAIN_DB_URL:-}" ] && [ -r "$env_file" ]; then
  set -a
  # shellcheck disable=SC1090
  . "$env_file"
  set +a
fi
: "${TALENTCHAIN_DB_URL:?TALENTCHAIN_DB_URL is not set}"

# jdbc:postgresql://host:port/db?params -> host, port, db
url=${TALENTCHAIN_DB_URL#jdbc:postgresql://}
hostport=${url%%/*}
db_name=${url#*/}
db_name=${db_name%%\?*}
db_host=${hostport%%:*}
db_port=5432
if [ "$hostport" != "$db_host" ]; then
  db_port=${hostport#*:}
fi
export db_host db_port db_name
