"""Showcase managers handle inquiries (personal data); Editors and Moderators do not see
them, but maintain the showcase taxonomies."""

from django.db import migrations

from core.permissions import admin_access, create_all_permissions, model_permissions

TAXONOMIES = ["productgroup", "researchfield", "commune"]


def set_up_groups(apps, schema_editor):
    create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    managers, _ = Group.objects.get_or_create(name="Showcase managers")
    managers.permissions.add(admin_access(apps), *model_permissions(
        apps, {"showcase": ["view_inquiry", "change_inquiry"]}))
    for name, actions in (("Editors", ["add", "change"]),
                          ("Moderators", ["add", "change", "delete"])):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*model_permissions(apps, {"showcase": [
            f"{action}_{model}" for action in actions for model in TAXONOMIES]}))


class Migration(migrations.Migration):
    dependencies = [
        ("showcase", "0001_initial"),
        ("news", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(set_up_groups, migrations.RunPython.noop)]
