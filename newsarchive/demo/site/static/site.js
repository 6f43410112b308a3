/* Demo News: dismiss the cookie banners. */
document.querySelectorAll("[data-consent], [data-qa='consent-accept'], #cookie-accept").forEach(function (button) {
  button.addEventListener("click", function () { button.closest("div").remove(); });
});
