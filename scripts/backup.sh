#!/usr/bin/env bash
# Back up the database and the uploaded media into a new timestamped folder.
#
#   DATABASE_URL=postgres://user@db:5432/sokhcn MEDIA_ROOT=/srv/sokhcn/media \
#       scripts/backup.sh [BACKUP_ROOT]        # default: $BACKUP_DIR, else ./backups
#
# Writes BACKUP_ROOT/<UTC timestamp>/ with database.dump (pg_dump custom format: compressed,
# restorable table by table, by pg_restore of the same or a newer major version),
# media.tar.gz (MEDIA_ROOT) and SHA256SUMS, and prints the folder's path. With media on
# S3 (AWS_STORAGE_BUCKET_NAME or S3_BUCKET) the bucket is copied with `aws s3 sync` into
# media/ when the AWS CLI is installed; otherwise rely on the bucket's versioning or
# replication. Restore with scripts/restore.sh. Run it daily from cron and keep copies
# off the machine.
set -euo pipefail

: "${DATABASE_URL:?set DATABASE_URL (postgres://user:password@host:5432/name)}"
root="${1:-${BACKUP_DIR:-backups}}"
dest="$root/$(date -u +%Y%m%dT%H%M%SZ)"
umask 077  # the dump holds registrants' personal data
mkdir -p "$dest"

pg_dump --format=custom --no-owner --no-privileges --file="$dest/database.dump" "$DATABASE_URL"

bucket="${AWS_STORAGE_BUCKET_NAME:-${S3_BUCKET:-}}"
if [ -n "$bucket" ]; then
  if command -v aws >/dev/null 2>&1; then
    aws s3 sync "s3://$bucket/${AWS_LOCATION:-}" "$dest/media" --only-show-errors \
      ${AWS_S3_ENDPOINT_URL:+--endpoint-url "$AWS_S3_ENDPOINT_URL"}
  else
    echo "media are in s3://$bucket: install the AWS CLI to copy them, or rely on the" \
         "bucket's versioning" >&2
  fi
else
  media="${MEDIA_ROOT:-media}"
  if [ ! -d "$media" ]; then
    echo "MEDIA_ROOT $media is not a folder" >&2
    exit 1
  fi
  tar -C "$media" -czf "$dest/media.tar.gz" .
fi

(cd "$dest" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
echo "$dest"
