'use strict';
// Who is logged in and a 「退出登录」 link, in the element with the data-session attribute of a page the application
// serves (see README, "One login"). A page opened without a login is sent to the login page by the server; one whose
// login ended meanwhile is sent there by this script.
(function () {
  const place = document.querySelector('[data-session]');

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
    node.textContent = text;
    return node;
  }

  const logout = element('a', {href: '/logout', class: 'session-logout'}, '退出登录');
  place.append(logout);

  fetch('/api/session', {credentials: 'same-origin'}).then(async response => {
    if (response.status === 401) {
      location.replace('/login/?next=' + encodeURIComponent(location.pathname + location.search));
      return;
    }
    if (!response.ok) {
      return;
    }
    const user = await response.json();
    const units = user.organizations.map(org => org.name).join('、');
    place.insertBefore(element('span', {class: 'session-user'}, units ? user.name + '（' + units + '）' : user.name),
      logout);
  });
})();
