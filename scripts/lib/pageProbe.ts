// Test builds only (VITE_TEST_HOOKS=1): a small classic script at the top of the page's head that
// collects Content-Security-Policy violations (window.__csp) and uncaught errors (window.__pageErrors)
// from the document's start. The cross-engine smoke test needs it: WebDriver classic (WebKit) cannot
// add a script before the page's own, so a listener added after the load would miss early violations.
// A harness that already set window.__csp (playwright's init script) keeps its own listener.
export const PAGE_PROBE_FILE = 'test-page-probe.js';

export const PAGE_PROBE_SOURCE = `(function () {
  var w = window;
  if (!w.__csp) {
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', function (e) {
      w.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber);
    });
  }
  w.__pageErrors = [];
  addEventListener('error', function (e) { w.__pageErrors.push(String(e.error && e.error.stack || e.message)); });
  addEventListener('unhandledrejection', function (e) { w.__pageErrors.push('unhandled rejection: ' + String(e.reason && e.reason.stack || e.reason)); });
})();
`;
