// 界面语言：默认中文，可切换为英文。Imported by the scripts/config.js of tasklist, cockpit, admin and welcome.
// Camunda 7.24 has no language menu: it shows the browser's first language if availableLocales lists it, else
// fallbackLocale. Listing only the chosen language therefore makes Chinese the default even for an English browser.
// The choice is English only after the button at the bottom of every page (or ?lang=en on a webapp URL) asked for
// it; localStorage keeps it for all four webapps, and the button (or ?lang=zh) goes back to Chinese.
const LANGUAGE_KEY = 'budgetperf.language';
const askedLanguage = new URLSearchParams(window.location.search).get('lang');
if (askedLanguage === 'zh' || askedLanguage === 'en') {
  window.localStorage.setItem(LANGUAGE_KEY, askedLanguage);
}
export const language = window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
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
if (document.body) {
  addLanguageSwitch();
} else {
  document.addEventListener('DOMContentLoaded', addLanguageSwitch);
}

/** The webapp's name in the chosen language, and the locales that make the webapp use it. */
export function languageSettings(chineseName, englishName) {
  return {
    // the name in the header, the page title and the login page, after the vendor "Camunda"
    app: {name: language === 'zh' ? chineseName : englishName},
    locales: {availableLocales: [language], fallbackLocale: language}
  };
}
