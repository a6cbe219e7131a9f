// The interactive API documentation (/api/docs): Swagger UI, vendored, over the server's own
// OpenAPI document. "Try it out" requests go out with the session cookie and its CSRF token.
"use strict";

(() => {
  const box = document.getElementById("swagger-ui");
  if (!box || typeof SwaggerUIBundle === "undefined") return;
  SwaggerUIBundle({
    url: box.dataset.spec,
    domNode: box,
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    // No call to swagger.io's online validator: everything stays on this server.
    validatorUrl: null,
    requestInterceptor: (request) => {
      request.headers["X-CSRF-Token"] = roydad.meta("csrf-token");
      request.credentials = "same-origin";
      return request;
    },
    onComplete: () => { box.dataset.ready = "1"; },
  });
})();
