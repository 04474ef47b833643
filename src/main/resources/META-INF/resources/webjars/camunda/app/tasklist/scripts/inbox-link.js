// 「管理驾驶舱」 and 「通知（3）」 in the Tasklist header: links to the dashboard (/dashboard/, every table in the
// person's scope) and to the application's notification inbox (/inbox/) with the number of the person's unread
// notifications, asked again every minute. A Tasklist plugin (plugin point
// tasklist.navbar.action), listed in customScripts in the Tasklist's config.js. The count comes from /api with the
// Tasklist's login session; without an answer the link shows 「通知」 alone.

const DASHBOARD = '/dashboard/';
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
    const dashboard = document.createElement('a');
    dashboard.href = DASHBOARD;
    dashboard.className = 'budgetperf-dashboard-link';
    dashboard.textContent = '管理驾驶舱';
    node.appendChild(dashboard);
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
