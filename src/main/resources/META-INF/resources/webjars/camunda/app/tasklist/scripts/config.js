/*
 * Replaces the config.js of camunda-webapp-webjar 7.24.0 (app/tasklist/scripts/config.js): the webapp loads this file
 * from the classpath, and ours comes first. The shipped file sets nothing but the keyboard shortcuts, which are kept below.
 */

import {translateFormMessages} from './form-messages-zh.js';

// 界面语言：默认中文，可切换为英文。Same block in the config.js of tasklist, cockpit, admin and welcome.
// Camunda 7.24 has no language menu: it shows the browser's first language if availableLocales lists it, else
// fallbackLocale. Listing only the chosen language therefore makes Chinese the default even for an English browser.
// The choice is English only after the button at the bottom of every page (or ?lang=en on a webapp URL) asked for
// it; localStorage keeps it for all four webapps, and the button (or ?lang=zh) goes back to Chinese.
const LANGUAGE_KEY = 'budgetperf.language';
const askedLanguage = new URLSearchParams(window.location.search).get('lang');
if (askedLanguage === 'zh' || askedLanguage === 'en') {
  window.localStorage.setItem(LANGUAGE_KEY, askedLanguage);
}
const language = window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';

function addLanguageSwitch() {
  const other = language === 'zh' ? 'en' : 'zh';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'budgetperf-language-switch';
  button.lang = other;
  button.textContent = other === 'en' ? 'English' : '中文';
  button.addEventListener('click', () => {
    window.localStorage.setItem(LANGUAGE_KEY, other);
    window.location.reload();
  });
  document.body.appendChild(button);
}
if (language === 'zh') {
  translateFormMessages();
}
if (document.body) {
  addLanguageSwitch();
} else {
  document.addEventListener('DOMContentLoaded', addLanguageSwitch);
}

export default {
  // our login page instead of the webapp's own login form, also after its 「退出登录」 (static/login/webapps.js)
  customScripts: ['../../../login/webapps', 'scripts/inbox-link'],
  // the name in the header, the page title and the login page, after the vendor "Camunda"
  app: {
    name: language === 'zh' ? '任务列表' : 'Tasklist'
  },
  locales: {
    availableLocales: [language],
    fallbackLocale: language
  },

  // The shipped config.js sets these shortcuts; they are kept, with descriptions in the chosen language.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: language === 'zh' ? '认领当前选中的任务' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: language === 'zh' ? '将焦点移到第一个过滤器' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: language === 'zh' ? '将焦点移到列表中的第一个任务' : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: language === 'zh' ? '将焦点移到任务表单的第一个输入框' : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: language === 'zh' ? '打开发起流程对话框' : 'opens the start process modal dialog'
    }
  }
};
