"""Event managers see and manage registrations (personal data); Editors do not."""

from django.db import migrations

from core.permissions import admin_access, create_all_permissions, model_permissions


def set_up_groups(apps, schema_editor):
    create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    managers, _ = Group.objects.get_or_create(name="Event managers")
    managers.permissions.add(admin_access(apps), *model_permissions(apps, {
        "events": ["view_registration", "add_registration", "change_registration"]}))


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("news", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(set_up_groups, migrations.RunPython.noop)]
