"""A folded copy of each entry's title and summary, for the showcase index's text filter."""

from django.db import migrations, models

from core.text import fold


def fold_entries(apps, schema_editor):
    # As core.search.fold_for_filter does on every save from now on: one line per field.
    ShowcaseEntryPage = apps.get_model("showcase", "ShowcaseEntryPage")
    entries = list(ShowcaseEntryPage.objects.only("title", "summary"))
    for entry in entries:
        entry.folded_text = "\n".join(
            " ".join(fold(value).split()) for value in (entry.title, entry.summary)
        )
    ShowcaseEntryPage.objects.bulk_update(entries, ["folded_text"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("showcase", "0003_inquiry_shared_submission_fields"),
    ]

    operations = [
        migrations.AddField(
            model_name="showcaseentrypage",
            name="folded_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fold_entries, migrations.RunPython.noop, elidable=True),
    ]
