"""The site as gunicorn serves it in production, plus /media/ from MEDIA_ROOT.

In production the web server in front of gunicorn serves uploads and renditions; this
stands in for it so that pages measured by bench/lighthouse.py show their images."""

from django.conf import settings
from whitenoise import WhiteNoise
from wsgi import application as site

# autorefresh: renditions are written while pages render, after the server has started.
application = WhiteNoise(
    site,
    root=settings.MEDIA_ROOT,
    prefix=settings.MEDIA_URL,
    autorefresh=True,
    max_age=60 * 60 * 24 * 365,
)
