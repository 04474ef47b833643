'use strict';
// The login page of every page the application serves (the Camunda webapps' own login form sends people here too).
// The form posts to /login, which logs into the webapps' session and returns to ?next=, a path on this server.

const params = new URLSearchParams(location.search);
const TASKLIST = '/camunda/app/tasklist/default/';
const asked = params.get('next');
const next = asked && /^\/(?![/\\])/.test(asked) ? asked : TASKLIST;

function notice(text, kind) {
  const p = document.getElementById('notice');
  p.textContent = text;
  p.className = kind;
  p.hidden = false;
}

async function loggedIn() {
  const response = await fetch('/api/session', {credentials: 'same-origin'});
  return response.ok;
}

async function prepareForm() {
  const response = await fetch('/api/csrf', {credentials: 'same-origin'});
  if (!response.ok) {
    notice('暂时无法登录，请稍后刷新页面重试', 'error');
    return;
  }
  const csrf = await response.json();
  const field = document.getElementById('csrf');
  field.name = csrf.parameterName;
  field.value = csrf.token;
  document.getElementById('next').value = next;
  document.getElementById('login-button').disabled = false;
}

if (params.has('error')) {
  notice('用户名或密码错误，请重新输入', 'error');
} else if (params.has('loggedOut')) {
  notice('您已退出登录', 'info');
}

loggedIn().then(yes => yes ? location.replace(next) : prepareForm())
  .catch(() => notice('无法连接服务器，请稍后重试', 'error'));
