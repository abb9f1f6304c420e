// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";
  // The English offer can be dismissed; the server stops showing it once the cookie is set.
  var offer = document.querySelector("[data-language-offer]");
  if (offer) {
    var close = offer.querySelector("[data-language-offer-close]");
    close.hidden = false;
    close.addEventListener("click", function () {
      document.cookie = "en_offer_dismissed=1; path=/; max-age=31536000; SameSite=Lax";
      offer.remove();
    });
  }
  // The menu is served open (usable without script); fold it away on phones.
  var menu = document.querySelector("[data-menu]");
  if (menu && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 56rem)");
    var sync = function () { menu.open = wide.matches; };
    sync();
    wide.addEventListener("change", sync);
  }
  // Long filter panels are served open (usable without script); fold them on phones.
  document.querySelectorAll("[data-collapse-narrow]").forEach(function (panel) {
    if (window.matchMedia && !window.matchMedia("(min-width: 60rem)").matches) panel.open = false;
  });
  // Search suggestions as the reader types; the box is a plain GET form without this.
  var box = document.querySelector("form[data-suggest]");
  if (box && window.fetch) {
    var input = box.querySelector("input[name=q]");
    var list = box.querySelector("[role=listbox]");
    var timer = null;
    var hide = function () { list.hidden = true; input.setAttribute("aria-expanded", "false"); };
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { hide(); return; }
      timer = setTimeout(function () {
        fetch(box.dataset.suggest + "?q=" + encodeURIComponent(q), {headers: {Accept: "application/json"}})
          .then(function (r) { return r.ok ? r.json() : {suggestions: []}; })
          .then(function (data) {
            list.textContent = "";
            data.suggestions.forEach(function (s, i) {
              var li = document.createElement("li");
              li.setAttribute("role", "option");
              li.id = "suggestion-" + i;
              var a = document.createElement("a");
              a.href = s.url;
              a.textContent = s.title;
              var type = document.createElement("span");
              type.className = "suggestions__type";
              type.textContent = s.type;
              a.appendChild(type);
              li.appendChild(a);
              list.appendChild(li);
            });
            list.hidden = data.suggestions.length === 0;
            input.setAttribute("aria-expanded", list.hidden ? "false" : "true");
          })
          .catch(hide);
      }, 200);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") hide();
      if (event.key === "ArrowDown" && !list.hidden) {
        var first = list.querySelector("a");
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    list.addEventListener("keydown", function (event) {
      var current = document.activeElement.closest("li");
      if (event.key === "ArrowDown" && current && current.nextElementSibling) {
        event.preventDefault(); current.nextElementSibling.querySelector("a").focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (current && current.previousElementSibling) current.previousElementSibling.querySelector("a").focus();
        else input.focus();
      } else if (event.key === "Escape") { hide(); input.focus(); }
    });
    document.addEventListener("click", function (event) { if (!box.contains(event.target)) hide(); });
  }
  // Print buttons need script; without it the browser's own print command still works.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
