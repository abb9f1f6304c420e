"""Logging filters named in settings.LOGGING (loaded before the apps: no model imports)."""

import logging
import threading
import time


class DisallowedHostFilter(logging.Filter):
    """Requests naming a Host we do not serve (scanners, mostly), counted and logged in one
    line at most once a minute, with no traceback: Django logs each as an ERROR with its
    traceback, which would drown the log. Each is still answered 400."""

    interval = 60.0  # seconds

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()
        self.refused = 0
        self.last_line = -self.interval

    def filter(self, record: logging.LogRecord) -> bool:
        with self.lock:
            self.refused += 1
            now = time.monotonic()
            if now - self.last_line < self.interval:
                return False
            self.last_line, refused, self.refused = now, self.refused, 0
        request = getattr(record, "request", None)
        host = request.META.get("HTTP_HOST", "") if request is not None else ""
        record.msg = "Refused %d request(s) for a host not in ALLOWED_HOSTS, latest %.80r"
        record.args = (refused, host)
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = record.stack_info = None
        return True
