/*
 * Replaces the config.js of camunda-webapp-webjar 7.24.0 (app/welcome/scripts/config.js): the webapp loads this file
 * from the classpath, and ours comes first. The shipped file sets nothing.
 */

import {languageSettings} from '../../budgetperf/language.js';

export default {
  // our login page instead of the webapp's own login form, also after its 「退出登录」 (static/login/webapps.js)
  customScripts: ['../../../login/webapps'],
  ...languageSettings('欢迎', 'Welcome')
};
