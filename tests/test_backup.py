"""scripts/backup.sh and scripts/restore.sh: a backup restores into a new database and
media folder with the same pages, registrations and files."""

import hashlib
import os
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import psycopg
import pytest

from tests.live_db import ON_POSTGRES, ROOT, drop_database

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not ON_POSTGRES, reason="needs PostgreSQL (pg_dump, pg_restore)"),
]

COUNTED = ["wagtailcore_page", "events_registration", "core_customimage"]


def script(name, *args, env):
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / name), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def counts(database_url):
    with psycopg.connect(database_url) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED
        }


def files(folder: Path) -> dict:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_backup_restores_into_a_new_database_with_the_same_content(live_database, tmp_path):
    source = live_database["url"]
    target = urlparse(source)._replace(path=urlparse(source).path + "_restored").geturl()
    env = {**os.environ, "DATABASE_URL": source, "MEDIA_ROOT": live_database["media_root"]}
    env.pop("AWS_STORAGE_BUCKET_NAME", None)
    env.pop("S3_BUCKET", None)
    drop_database(target)
    try:
        backup = script("backup.sh", str(tmp_path / "backups"), env=env)
        assert backup.returncode == 0, backup.stderr
        folder = Path(backup.stdout.strip().splitlines()[-1])
        assert folder.parent == tmp_path / "backups"
        assert {p.name for p in folder.iterdir()} == {"database.dump", "media.tar.gz", "SHA256SUMS"}

        media = tmp_path / "media-restored"
        restore = script("restore.sh", str(folder), target, str(media), env=env)
        assert restore.returncode == 0, restore.stderr

        original = counts(source)
        assert original["wagtailcore_page"] > 1 and original["core_customimage"] >= 1
        assert counts(target) == original
        original_files = files(Path(live_database["media_root"]))
        assert original_files and files(media) == original_files
        assert live_database["seed"]["image"] in original_files

        # Never over existing data: the same target again is refused, and left intact.
        again = script("restore.sh", str(folder), target, str(tmp_path / "other"), env=env)
        assert again.returncode != 0
        assert "already exists" in again.stderr
        assert counts(target) == original
    finally:
        drop_database(target)
