'use strict';
// What every page served by the application needs (the Excel page, the notification inbox): DOM built from
// server text as text, never as HTML, and /api called with the browser's login (fetch credentials 'same-origin'),
// POST with the session's CSRF header from GET /api/csrf. Load it before the page's own script.

const $ = id => document.getElementById(id);

/** An absolute address on this server: the page's own address may carry user:password, which fetch refuses. */
const url = path => location.origin + path;

/** Children as DOM nodes: nodes, strings, numbers and nested arrays; null and false are left out. */
function nodes(children) {
  return children.flat(Infinity).filter(child => child !== null && child !== undefined && child !== false)
    .map(child => child instanceof Node ? child : document.createTextNode(String(child)));
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  node.append(...nodes(children));
  return node;
}

function show(container, ...children) {
  container.replaceChildren(...nodes(children));
}

// ---- calling the API ----

/** The session's CSRF token header (Keycloak login); none where the API takes HTTP Basic (204). */
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
    error.body = body || {};
    throw error;
  }
  return body;
}

async function post(path, form) {
  return call(path, {method: 'POST', body: form, headers: await csrfHeaders()});
}
