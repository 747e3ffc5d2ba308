// Runs first in <body> so GOV.UK components style themselves for JavaScript before painting.
document.body.className += " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
