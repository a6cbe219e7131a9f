// Incident page: scroll each source to its highlighted evidence; undo buttons for analysts.
"use strict";

(() => {
  for (const box of document.querySelectorAll(".doc-text")) {
    const mark = box.querySelector("mark");
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
  }
  for (const button of document.querySelectorAll("button.undo")) {
    button.addEventListener("click", async () => {
      const reason = window.prompt("Why undo this decision? (optional)");
      if (reason === null) return;
      button.disabled = true;
      try {
        await roydad.api(`/decisions/${encodeURIComponent(button.dataset.decision)}/undo`, {
          method: "POST", body: { reason: reason || null },
        });
        window.location.reload();
      } catch (error) {
        button.disabled = false;
        window.alert(error.message);
      }
    });
  }
})();
