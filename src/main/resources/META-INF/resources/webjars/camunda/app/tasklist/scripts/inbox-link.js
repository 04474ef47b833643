// 「通知（3）」 in the Tasklist header: a link to the application's notification inbox (/inbox/) with the number of
// the person's unread notifications, asked again every minute. A Tasklist plugin (plugin point
// tasklist.navbar.action), listed in customScripts in the Tasklist's config.js. The count comes from /api with the
// Tasklist's login session; without an answer the link shows 「通知」 alone.

const INBOX = '/inbox/';
const UNREAD_COUNT = '/api/notifications/unread-count';
const EVERY_MINUTE = 60 * 1000;

async function unreadCount() {
  try {
    const response = await fetch(UNREAD_COUNT, {
      credentials: 'same-origin', headers: {Accept: 'application/json'}
    });
    return response.ok ? (await response.json()).unread : null;
  } catch (e) {
    return null;
  }
}

let timer = null;

export default {
  id: 'budgetperf-inbox-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 400,
  render: node => {
    const link = document.createElement('a');
    link.href = INBOX;
    link.className = 'budgetperf-inbox-link';
    link.textContent = '通知';
    node.appendChild(link);
    const refresh = async () => {
      const count = await unreadCount();
      link.textContent = count ? '通知（' + count + '）' : '通知';
    };
    refresh();
    clearInterval(timer);
    timer = setInterval(refresh, EVERY_MINUTE);
  },
  unmount: () => clearInterval(timer)
};
