// A button with data-copy="<input id>" copies that input's value to the clipboard
// (the profile's calendar link). Without script the input is still there to copy.
// The selection is copied at once, the asynchronous clipboard API used only where that
// fails: the button says "copied" at once, even where the browser never answers the
// clipboard request (a headless browser, a denied permission).
document.querySelectorAll("[data-copy]").forEach(function (button) {
  button.addEventListener("click", function () {
    var input = document.getElementById(button.dataset.copy);
    input.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    if (!copied && navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).catch(function () {});
    }
    button.textContent = button.dataset.copied;
  });
});
