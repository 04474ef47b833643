'use strict';
// Calling /api from the pages the application serves (the Excel page, the table editor): plain fetch with the
// session's credentials, absolute addresses without user:password, the CSRF header on every change, and the API's
// Chinese refusals as errors carrying their HTTP status and body (message, errors[{field, message}]).

/** An absolute address on this server: the page's own address may carry user:password, which fetch refuses. */
const url = path => location.origin + path;

/** The login session's CSRF token header, which every change the page sends carries. */
async function csrfHeaders() {
  const csrf = await call('/api/csrf');
  return csrf ? {[csrf.headerName]: csrf.token} : {};
}

async function call(path, options) {
  let response;
  try {
    response = await fetch(url(path), {credentials: 'same-origin', ...options});
  } catch (e) {
    throw new Error('无法连接服务器，请稍后重试');
  }
  const isJson = (response.headers.get('Content-Type') || '').includes('json');
  const body = isJson ? await response.json() : null;
  if (!response.ok) {
    const error = new Error(body && body.message ? body.message : '请求失败（HTTP ' + response.status + '）');
    error.status = response.status;
    error.body = body || {};
    throw error;
  }
  return body;
}

/** A multipart form (an upload) by POST. */
async function post(path, form) {
  return call(path, {method: 'POST', body: form, headers: await csrfHeaders()});
}

/** A JSON body by POST or PUT, with further headers (If-Match). */
async function sendJson(method, path, json, headers) {
  return call(path, {method, body: JSON.stringify(json ?? {}),
    headers: {'Content-Type': 'application/json', ...(headers || {}), ...(await csrfHeaders())}});
}
