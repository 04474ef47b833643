// Loaded by the Camunda webapps through customScripts in their config.js ('../../../login/webapps', relative to
// /camunda/app/<app>/). Wherever a webapp would show its own login form (#/login: not logged in, or just logged out
// with its 「Log out」), the browser goes to our login page instead, which returns to the webapp: one login for the
// webapps and our pages. Under the keycloak profile that page is behind the Keycloak login.
function toOurLoginPage() {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace('/login/?next=' + encodeURIComponent(window.location.pathname));
  }
}

window.addEventListener('hashchange', toOurLoginPage);
toOurLoginPage();
