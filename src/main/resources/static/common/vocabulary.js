'use strict';
// The Chinese labels of the API's codes that the pages show or offer (the server's enums: TargetType, ValueKind,
// FundSource, TargetStatus, Light, Grade).

const TYPES = {PROJECT: '项目支出', DEPARTMENT: '部门整体支出'};
const KINDS = {COMPARISON: '比较', BASELINE: '较基期', AMOUNT: '数量', ABSENCE: '零发生', PARTS: '多项', DEADLINE: '期限', QUALITATIVE: '定性', TEXT: '文本'};
const FUNDS = {
  TOTAL: '资金总额', GENERAL_PUBLIC_BUDGET: '一般公共预算资金', GOVERNMENT_FUND: '政府性基金', STATE_CAPITAL: '国有资本金',
  SOCIAL_SECURITY_FUND: '社保基金', FISCAL_SPECIAL_ACCOUNT: '财政专户管理资金', PRIOR_YEAR_CARRYOVER: '上年结转资金',
  FISCAL: '财政资金', OTHER: '其他资金'
};
const STATUSES = {
  DRAFT: '编制中', RETURNED: '退回修改', ADJUSTING: '调整中', DEPARTMENT_REVIEW: '主管部门审核中',
  FINANCE_REVIEW: '财政部门审核中', APPROVED: '已批复', PUBLISHED: '已公开', REJECTED: '不予安排', STOPPED: '已终止'
};
const LIGHTS = {RED: '红灯', YELLOW: '黄灯', BLUE: '蓝灯', GREEN: '绿灯'};
const GRADES = {EXCELLENT: '优', GOOD: '良', FAIR: '中', POOR: '差'};
