// Replaces camunda-webapp-webjar 7.24.0's app/tasklist/scripts/config.js (ours comes first on the classpath): its
// keyboard shortcuts, and our login page instead of the webapp's own login form (static/login/webapps.js).
export default {
  customScripts: ['../../../login/webapps'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
