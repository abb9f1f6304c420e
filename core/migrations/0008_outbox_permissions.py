"""Event managers and showcase managers handle what businesses send: they see the
outbox and may send its undelivered emails again."""

from django.db import migrations

from core.permissions import create_all_permissions, model_permissions

GROUPS = ["Quản lý sự kiện", "Quản lý trưng bày"]  # core.roles, as named at this migration
PERMISSIONS = {"core": ["view_outgoingemail", "resend_outgoingemail"]}


def grant(apps, schema_editor):
    create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*model_permissions(apps, PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0007_outbox_and_schedule"),
        ("events", "0005_province_names_translated"),
        ("showcase", "0007_inquiry_closed_at"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
