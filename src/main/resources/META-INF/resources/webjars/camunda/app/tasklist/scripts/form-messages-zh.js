/*
 * Chinese for what form-js (Camunda Forms in the Tasklist) writes in English itself: its validation messages and
 * the empty select's "Select". They are literals in the webjar's lib/deps.js, not keys of a locale file, so the
 * texts are replaced where form-js puts them in the page, as soon as it does.
 */
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项'],
  [/^Field must have minimum length of (\d+)\.$/, n => `至少填写 ${n} 个字`],
  [/^Field must have maximum length of (\d+)\.$/, n => `最多填写 ${n} 个字`],
  [/^Field must have minimum value of (.+)\.$/, n => `不能小于 ${n}`],
  [/^Field must have maximum value of (.+)\.$/, n => `不能大于 ${n}`],
  [/^Field must match pattern (.+)\.$/, () => '格式不正确'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的国际电话号码'],
  [/^Select$/, () => '请选择']
];

const TRANSLATED = '.fjs-form-field-error li, .fjs-form-field-error span, .fjs-select-display';

// The text node's data is changed, never the node replaced: Preact keeps the node and writes the next message into
// it, which this observer sees and translates in turn.
function translate(element) {
  const text = element.firstChild;
  if (element.childNodes.length !== 1 || text.nodeType !== Node.TEXT_NODE) {
    return;
  }
  for (const [english, chinese] of MESSAGES) {
    const match = english.exec(text.data.trim());
    if (match) {
      text.data = chinese(match[1]);
      return;
    }
  }
}

export function translateFormMessages() {
  const translateAll = root => root.querySelectorAll && root.querySelectorAll(TRANSLATED).forEach(translate);
  new MutationObserver(changes => changes.forEach(change => {
    const node = change.target.nodeType === Node.TEXT_NODE ? change.target.parentElement : change.target;
    if (node && node.closest && node.closest('.fjs-container')) {
      translateAll(node.closest('.fjs-container'));
    }
  })).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}
