// Loaded (not deferred) first thing in <body>: marks the page as having JavaScript before it is
// drawn, the GOV.UK Frontend way, without an inline script (the Content-Security-Policy has no
// 'unsafe-inline').
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
