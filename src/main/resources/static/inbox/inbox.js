'use strict';
// The notification inbox: the caller's notifications, newest first, unread ones marked, each marked read by a click or
// all at once. Uses ../common/dom.js and ../common/api.js (loaded before it).

const PAGE_SIZE = 100;

function row(notification) {
  const markButton = notification.read ? null
    : el('button', {type: 'button', class: 'mark-read', 'data-id': notification.id}, '标为已读');
  if (markButton) {
    markButton.addEventListener('click', () => markReadThenReload('/api/notifications/' + notification.id + '/read'));
  }
  return el('tr', {class: notification.read ? 'read' : 'unread', 'data-id': notification.id},
    el('td', {class: 'time'}, shanghaiTime(notification.createdAt)),
    el('td', {class: 'type'}, notification.typeLabel),
    el('td', {class: 'message'}, notification.message),
    el('td', {class: 'state'}, notification.read ? '已读' : '未读'),
    el('td', null, markButton));
}

async function load() {
  const result = $('inbox-result');
  try {
    const [count, page] = await Promise.all([call('/api/notifications/unread-count'),
      call('/api/notifications?size=' + PAGE_SIZE)]);
    show($('unread'), count.unread > 0 ? '未读通知 ' + count.unread + ' 条' : '没有未读通知',
      '（共 ' + page.totalElements + ' 条）');
    show(document.querySelector('#notifications tbody'), page.content.length > 0 ? page.content.map(row)
      : el('tr', null, el('td', {colspan: 5, class: 'muted'}, '暂无通知')));
    show(result);
  } catch (error) {
    show(result, el('p', {class: 'error'}, error.message));
  }
}

/** Marks read (one notification or all of them), then shows the list again. */
async function markReadThenReload(path) {
  try {
    await post(path);
  } catch (error) {
    show($('inbox-result'), el('p', {class: 'error'}, error.message));
    return;
  }
  await load();
}

$('refresh-button').addEventListener('click', load);
$('read-all-button').addEventListener('click', () => markReadThenReload('/api/notifications/read-all'));
load();
