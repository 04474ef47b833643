// /api from the Tasklist's own scripts (submitted-tables.js, task-operations.js): the Tasklist's login session is
// the application's, so a plain fetch with the session's cookies is let in; every change carries the session's
// CSRF token (GET /api/csrf). A refusal becomes an Error carrying the API's Chinese message.

async function send(path, options = {}) {
  let response;
  try {
    response = await fetch(path, {credentials: 'same-origin', ...options,
      headers: {Accept: 'application/json', ...(options.headers || {})}});
  } catch (e) {
    throw new Error('无法连接服务器，请稍后重试');
  }
  const body = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new Error(body && body.message ? body.message : '操作失败（HTTP ' + response.status + '）');
  }
  return body;
}

async function csrf() {
  const token = await send('/api/csrf');
  return {[token.headerName]: token.token};
}

export const getJson = path => send(path);

/** A JSON body (none for an empty one) by POST. */
export async function postJson(path, json) {
  const headers = await csrf();
  if (json === undefined) {
    return send(path, {method: 'POST', headers});
  }
  return send(path, {method: 'POST', headers: {...headers, 'Content-Type': 'application/json'},
    body: JSON.stringify(json)});
}

/** A multipart form (an upload) by POST. */
export async function postForm(path, form) {
  return send(path, {method: 'POST', headers: await csrf(), body: form});
}

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
  day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false});

/** A time from the API (ISO, UTC) in Beijing time: 2025-03-01 14:05. */
export function shanghaiTime(iso) {
  if (!iso) {
    return '';
  }
  const parts = Object.fromEntries(SHANGHAI.formatToParts(new Date(iso)).map(part => [part.type, part.value]));
  return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute;
}

/** An element with attributes and children; texts from the server are set as text, never as HTML. */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  node.append(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
  return node;
}
