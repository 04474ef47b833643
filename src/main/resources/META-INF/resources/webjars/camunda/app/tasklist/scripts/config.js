/*
 * Replaces the config.js of camunda-webapp-webjar 7.24.0 (app/tasklist/scripts/config.js): the webapp loads this file
 * from the classpath, and ours comes first. The shipped file sets nothing but the keyboard shortcuts, which are kept below.
 */

import {language, languageSettings} from '../../budgetperf/language.js';
import {translateFormMessages} from './form-messages-zh.js';

if (language === 'zh') {
  translateFormMessages();
}

export default {
  // our login page instead of the webapp's own login form, also after its 「退出登录」 (static/login/webapps.js)
  customScripts: ['../../../login/webapps', 'scripts/inbox-link', 'scripts/submitted-tables',
    'scripts/task-operations'],
  ...languageSettings('任务列表', 'Tasklist'),

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
