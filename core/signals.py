from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.models import AgencyInfo, CustomImage


@receiver([post_save, post_delete], sender=AgencyInfo)
@receiver([post_save, post_delete], sender=CustomImage)
def forget_agency_info(**kwargs):
    """Header and footer show the agency information: drop the cached copy on any edit."""
    AgencyInfo.clear_cache()
