"""Staff groups and the moderation workflow get the Vietnamese names staff read (core.roles)."""

from django.db import migrations

from core import roles

GROUPS = {
    "Editors": roles.EDITORS,
    "Moderators": roles.MODERATORS,
    "Showcase managers": roles.SHOWCASE_MANAGERS,
    "Event managers": roles.EVENT_MANAGERS,
}
WORKFLOW = "Moderators approval"


def rename(apps, old_to_new):
    Group = apps.get_model("auth", "Group")
    for old, new in old_to_new.items():
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, GROUPS)
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).update(
        name=roles.MODERATION_WORKFLOW
    )
    apps.get_model("wagtailcore", "Task").objects.filter(name=WORKFLOW).update(
        name=roles.MODERATION_TASK
    )


def backwards(apps, schema_editor):
    rename(apps, {new: old for old, new in GROUPS.items()})
    apps.get_model("wagtailcore", "Workflow").objects.filter(
        name=roles.MODERATION_WORKFLOW
    ).update(name=WORKFLOW)
    apps.get_model("wagtailcore", "Task").objects.filter(name=roles.MODERATION_TASK).update(
        name=WORKFLOW
    )


class Migration(migrations.Migration):
    # After the sections' migrations that create the groups under their English names.
    dependencies = [
        ("core", "0005_province_names_translated"),
        ("news", "0002_staff_groups"),
        ("showcase", "0002_staff_groups"),
        ("events", "0002_event_managers"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
