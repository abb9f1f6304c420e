#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into a NEW database and media folder.
#
#   scripts/restore.sh BACKUP_FOLDER postgres://user@db:5432/sokhcn_restored [MEDIA_ROOT]
#
# Creates the database (it must not exist: nothing is ever restored over live data),
# restores database.dump into it and unpacks media.tar.gz into MEDIA_ROOT (default
# ./media-restored; it must be empty or absent). Checks SHA256SUMS first. Then point
# DATABASE_URL and MEDIA_ROOT at them, run `manage.py migrate` (a no-op for a backup of
# the same release) and clear the page cache (`manage.py clear_wagtail_cache`).
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,10p' "$0" >&2
  exit 2
fi
src="$1"
target="$2"
media="${3:-media-restored}"

(cd "$src" && sha256sum --check --quiet SHA256SUMS)

name="${target##*/}"
name="${name%%\?*}"
maintenance="${target%/*}/postgres"
exists="$(psql "$maintenance" -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")"
if [ -n "$exists" ]; then
  echo "database $name already exists: restore into a new one" >&2
  exit 1
fi
if [ -d "$media" ] && [ -n "$(ls -A "$media")" ]; then
  echo "media folder $media is not empty: restore into a new one" >&2
  exit 1
fi

psql "$maintenance" -qc "CREATE DATABASE \"$name\""
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$target" "$src/database.dump"

mkdir -p "$media"
if [ -f "$src/media.tar.gz" ]; then
  tar -C "$media" -xzf "$src/media.tar.gz"
elif [ -d "$src/media" ]; then
  echo "media were copied from S3 into $src/media: sync them back to the bucket with" \
       "aws s3 sync $src/media s3://BUCKET" >&2
fi
echo "restored into $name and $media"
