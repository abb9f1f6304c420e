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
  // Print buttons need script; without it the browser's own print command still works.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
