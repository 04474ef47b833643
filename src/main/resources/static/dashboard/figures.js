'use strict';
// How the dashboard writes its figures: numbers as zh-CN writes them, durations in days, the warning lights' colours,
// a chart (ECharts) or its empty state, and a table or its empty state.

const NUMBER = new Intl.NumberFormat('zh-CN', {maximumFractionDigits: 2});

function number(value) {
  return value === null || value === undefined || value === '' ? '' : NUMBER.format(Number(value));
}

function days(value) {
  return value === null || value === undefined ? '' : number(value) + ' 天';
}

/** Whole days from an instant until now: how long a table has been waiting. */
function daysSince(iso) {
  return iso ? Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 86400000)) : null;
}

const LIGHT_COLOURS = {GREEN: '#2e7d32', YELLOW: '#f9a825', RED: '#c62828', BLUE: '#1565c0'};

function light(code) {
  return code ? el('span', {class: 'light light-' + code}, LIGHTS[code] || code) : '';
}

/** A table of rows, or one line saying there are none. */
function rowsOrEmpty(body, rows, columns, empty) {
  show(body, rows.length ? rows : el('tr', {class: 'empty'}, el('td', {colspan: columns, class: 'muted'}, empty)));
}

/** A canvas knows no CSS inheritance: the page's Chinese fonts by name (WenQuanYi where Chromium runs the tests). */
const CHART_FONTS = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/** Draws an ECharts chart into the element, or says there is nothing to draw (no counts, or no ECharts). */
function chart(element, option, empty) {
  const existing = window.echarts && echarts.getInstanceByDom(element);
  if (existing) {
    existing.dispose();
  }
  if (!option) {
    show(element, el('p', {class: 'muted chart-empty'}, empty));
    return;
  }
  if (!window.echarts) {
    show(element, el('p', {class: 'error'}, '图表组件未能加载'));
    return;
  }
  show(element);
  if (option.tooltip) {
    option.tooltip.renderMode = 'richText'; // the tooltip's names as text, never as HTML
  }
  echarts.init(element).setOption(Object.assign({animation: false, textStyle: {fontFamily: CHART_FONTS}}, option));
}

/** A pager's buttons and its 「第 n / m 页，共 k 条」. */
function pager(name, result, unit) {
  const place = document.querySelector('[data-pager=' + name + ']');
  show(place.querySelector('.page-info'), '第 ' + (result.totalPages ? result.page + 1 : 0) + ' / ' + result.totalPages
    + ' 页，共 ' + number(result.totalElements) + ' ' + unit);
  place.querySelector('[data-page="-1"]').disabled = result.page <= 0;
  place.querySelector('[data-page="1"]').disabled = result.page + 1 >= result.totalPages;
}
