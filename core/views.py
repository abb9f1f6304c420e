from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """Like Django's, but with the request so the page is in the reader's language.

    The template must not touch the database: the error may be the database.
    """
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render({"request_path": request.path}))
