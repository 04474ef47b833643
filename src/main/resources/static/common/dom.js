'use strict';
// Building the pages' DOM: every text from the server is set as text, never as HTML.

const $ = id => document.getElementById(id);

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

function grid(headers, rows) {
  return el('table', {class: 'grid'},
    el('thead', null, el('tr', null, headers.map(header => el('th', null, header)))),
    el('tbody', null, rows.map(cells => el('tr', null, cells.map(cell => el('td', null, cell ?? ''))))));
}

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
  day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false});

/** A time from the API (ISO, UTC) as people here read it: Beijing time, 2025-03-01 14:05. */
function shanghaiTime(iso) {
  if (!iso) {
    return '';
  }
  const parts = Object.fromEntries(SHANGHAI.formatToParts(new Date(iso)).map(part => [part.type, part.value]));
  return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute;
}
