// 「通知（3）」 in the Tasklist header: a link to the application's notification inbox (/inbox/) with the number of
// the person's unread notifications, asked again every minute. A Tasklist plugin (plugin point
// tasklist.navbar.action), loaded by the line customScripts: ['scripts/inbox-link'] in the Tasklist's config.js.
// The count needs /api to know the person (the application's login); without it the link shows 「通知」 alone, and
// the request says it is a script (X-Requested-With) so that no browser login dialog opens over the Tasklist.

const INBOX = '/inbox/index.html';
const UNREAD_COUNT = '/api/notifications/unread-count';
const EVERY_MINUTE = 60 * 1000;

async function unreadCount() {
  try {
    const response = await fetch(UNREAD_COUNT, {
      credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json'}
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
