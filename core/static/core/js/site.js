// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";
  // The English offer: Vietnamese pages that have an English translation carry it hidden
  // (the same cached page serves every reader); it is shown here to browsers that rank
  // English above Vietnamese, until the reader dismisses it.
  var offer = document.querySelector("[data-language-offer]");
  var prefersEnglish = function (languages) {
    for (var i = 0; i < languages.length; i++) {
      var base = String(languages[i]).split("-")[0].toLowerCase();
      if (base === "vi") return false;
      if (base === "en") return true;
    }
    return false;
  };
  var dismissed = /(?:^|;\s*)en_offer_dismissed=1(?:;|$)/.test(document.cookie || "");
  var languages = navigator.languages && navigator.languages.length
    ? navigator.languages : [navigator.language || ""];
  if (offer && !dismissed && prefersEnglish(languages)) {
    var close = offer.querySelector("[data-language-offer-close]");
    offer.hidden = false;
    close.hidden = false;
    close.addEventListener("click", function () {
      document.cookie = "en_offer_dismissed=1; path=/; max-age=31536000; SameSite=Lax";
      offer.remove();
    });
  }
  // The menu is served folded; wide screens show it by CSS. Keep the <details> state in
  // step for browsers without ::details-content, whose wide-screen menu opens here.
  var menu = document.querySelector("[data-menu]");
  if (menu && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 56rem)");
    var sync = function () { menu.open = wide.matches; };
    sync();
    wide.addEventListener("change", sync);
  }
  // Long filter panels are served folded; wide screens show them by CSS. Open them there
  // too, for browsers without ::details-content.
  document.querySelectorAll("[data-collapse-narrow]").forEach(function (panel) {
    if (window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) panel.open = true;
  });
  // A field only some answers need (data-shown-for="<radio name> <value> ..."), shown once
  // one of them is chosen. Without this file every field shows and the server ignores
  // those the answer does not need.
  document.querySelectorAll("[data-shown-for]").forEach(function (field) {
    var words = field.getAttribute("data-shown-for").split(" ");
    var form = field.closest("form");
    if (!form) return;
    var sync = function () {
      var chosen = form.querySelector('input[name="' + words[0] + '"]:checked');
      field.hidden = !chosen || words.indexOf(chosen.value, 1) < 0;
    };
    form.addEventListener("change", sync);
    sync();
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
  // A form that comes back with errors: move focus to its summary, so screen readers read
  // it out (a role="alert" already in the page at load is not announced by all of them).
  // After load: scrolling to the URL's #fragment clears the focus until then.
  var errors = document.querySelector(".error-summary");
  if (errors) window.addEventListener("load", function () { errors.focus(); });
})();
