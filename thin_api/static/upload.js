// The partner-file upload with its progress: the form is sent as it is (the same
// POST as without JavaScript), through XMLHttpRequest so that the browser reports
// how much of the file has gone out; then the page the server answers with (the
// batch, or the form with its message) replaces this one.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) { return; }
  var box = form.querySelector(".upload-progress");
  var bar = box.querySelector("progress");
  var status = box.querySelector(".upload-status");
  var button = form.querySelector("button[type=submit]");

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var request = new XMLHttpRequest();
    box.hidden = false;
    button.disabled = true;
    status.textContent = form.dataset.uploading;
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
        status.textContent = form.dataset.uploading + " " + bar.value + " %";
      }
    });
    request.upload.addEventListener("load", function () {
      bar.value = 100;
      bar.removeAttribute("value");  // indeterminate while the database decides
      status.textContent = form.dataset.importing;
    });
    request.addEventListener("load", function () {
      // Redirects are followed; show what the server answered, at its address.
      window.history.replaceState(null, "", request.responseURL);
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener("error", function () {
      button.disabled = false;
      status.textContent = form.dataset.failed;
    });
    request.open("POST", form.action);
    request.send(new FormData(form));
  });
}());
