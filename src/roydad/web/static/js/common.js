// Shared helpers for the pages' scripts. Every string from the server is put into the page as
// text (textContent / text nodes), never parsed as HTML.
"use strict";

const roydad = (() => {
  const meta = (name) => {
    const el = document.querySelector(`meta[name="${name}"]`);
    return el ? el.content : "";
  };

  class ApiError extends Error {
    constructor(status, detail) {
      super(detail);
      this.status = status;
    }
  }

  async function api(path, { method = "GET", body } = {}) {
    const headers = { Accept: "application/json" };
    if (method !== "GET") headers["X-CSRF-Token"] = meta("csrf-token");
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch("/api/v1" + path, {
      method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const body = await response.json();
        detail = body.message || (typeof body.detail === "string" ? body.detail : detail);
      } catch (_) { /* not JSON */ }
      if (response.status === 401) { window.location.href = "/login?next=" + encodeURIComponent(location.pathname + location.search); }
      throw new ApiError(response.status, String(detail));
    }
    return response.status === 204 ? null : response.json();
  }

  // el("a", {href: "/x", class: "y"}, "text", child) -> an element; strings become text nodes.
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "style") for (const [p, v] of Object.entries(value)) node.style.setProperty(p, v);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "href" && !/^(\/|https?:)/i.test(String(value))) continue;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function chip(type, colours) {
    return el("span", { class: "chip", style: { "--c": (colours && colours[type]) || "#555" } }, type);
  }

  function range(low, best, high) {
    const v = (x) => (x === null || x === undefined ? "?" : String(x));
    if (low == null && best == null && high == null) return "–";
    if ((low == null || low === high) && (high == null || high === best || low === high)) return v(best ?? low ?? high);
    return `${v(low)}–${v(high)}` + (best != null ? ` (best ${best})` : "");
  }

  let metaCache = null;
  async function vocabulary() {
    if (!metaCache) metaCache = api("/meta");
    return metaCache;
  }

  // Auto-submit selects marked data-autosubmit (the incident list's order).
  document.addEventListener("change", (event) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.hasAttribute("data-autosubmit")) target.form.submit();
  });

  return { api, el, clear, chip, range, vocabulary, meta, ApiError };
})();
