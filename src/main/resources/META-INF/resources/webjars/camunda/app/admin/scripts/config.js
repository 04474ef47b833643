// Replaces camunda-webapp-webjar 7.24.0's app/admin/scripts/config.js (ours comes first on the classpath; the shipped one
// sets nothing): our login page instead of the webapp's own login form (static/login/webapps.js).
export default {
  customScripts: ['../../../login/webapps']
};
