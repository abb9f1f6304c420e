from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import Query

from core.search import clean_query, parse_query


@receiver(pre_save, sender=Query)
def fold_promoted_query(sender, instance, **kwargs):
    """Promotions are keyed by the folded query, so "khoa học" also serves "khoa hoc"."""
    folded = parse_query(clean_query(instance.query_string)).folded_key
    if folded:
        instance.query_string = folded
