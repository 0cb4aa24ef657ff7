// Chinese names for the API's codes, and time formatting.

const DEPARTMENTS = {
  police: '公安', health: '卫健', civil: '民政', labour: '人社', community: '社区', hub: '平台裁决',
}
export const department = (code) => DEPARTMENTS[code] || code || '—'
/** The departments whose records come in, for the filters of lists. */
export const SOURCE_DEPARTMENTS = ['police', 'health', 'civil', 'labour', 'community']

const RECORD_TYPES = {
  person: '人口', births: '出生', death: '死亡', marriage: '婚姻', employment: '就业', pension: '养老保险',
  elderly: '老年人', floating: '流动人口', report: '社区上报', decision: '裁决',
}
/** A record type with its code, e.g. 人口（person）: operators find the code in the configuration. */
export const recordType = (t) => (RECORD_TYPES[t] ? `${RECORD_TYPES[t]}（${t}）` : t || '—')

const TAGS = {
  subsistence: '低保', 'extreme-poverty': '特困', 'temporary-assistance': '临时救助', disability: '残疾',
  deceased: '死亡', employed: '就业', unemployed: '失业', insured: '参保', 'elderly-alone': '独居老人',
  'elderly-care': '养老服务', newborn: '新生儿', parent: '生育登记', marital: '婚姻状况', floating: '流动人口',
}
export const tagKind = (code) => TAGS[code] || code
/** Every tag kind's code, in the order the labels are listed. */
export const TAG_KINDS = Object.keys(TAGS)

const TAG_STATUS = { active: ['有效', 'success'], suspended: ['暂停', 'warning'], ended: ['已终止', 'info'] }
export const tagStatus = (s) => (TAG_STATUS[s] || [s, 'info'])[0]
export const tagStatusType = (s) => (TAG_STATUS[s] || [s, 'info'])[1]

const CONFLICTS = {
  name: '姓名', sex: '性别', birthDate: '出生日期', status: '人员状态', marital: '婚姻状况', address: '现住址',
}
export const conflictKind = (k) => CONFLICTS[k] || k
export const CONFLICT_KINDS = Object.keys(CONFLICTS)
export const departmentPair = (pair) => pair.split('/').map(department).join(' / ')
/** What a department claims in a conflict: the label with the code when it is a code. */
export const claimText = (c) => (c ? (c.label && c.label !== c.value ? `${c.label}（${c.value}）` : c.value) : null)

// The resolver's comparators (FieldComparator) and their levels, most agreeing first.
const COMPARATORS = { id: '身份证号', name: '姓名', birthDate: '出生日期', sex: '性别', address: '住址' }
export const comparator = (c) => COMPARATORS[c] || c
const LEVELS = {
  'id:exact': '完全相同',
  'id:check': '仅校验位不同',
  'id:date': '出生日期段差一位或相邻两位颠倒',
  'id:close': '其他位置差一位或相邻两位颠倒',
  'name:exact': '完全相同',
  'name:variant': '繁简体或空格、间隔号不同',
  'name:pinyin': '全拼相同',
  'birthDate:exact': '相同',
  'birthDate:close': '差一位或月日颠倒',
  'sex:same': '相同',
  'address:dwelling': '同一住户（门牌、楼栋、单元、房号相同）',
  'address:building': '同一楼栋',
  'address:road': '同一道路门牌',
}
export function evidenceLevel(comparatorName, level) {
  if (level === 'missing') return '一方缺少，不计分'
  if (level === 'different') return '不同'
  return LEVELS[`${comparatorName}:${level}`] || level
}

const LINK_STATES = { linked: '已归入居民', unlinked: '未关联', quarantined: '已隔离', review: '待审核' }
export const linkState = (s) => LINK_STATES[s] || s

const CONNECTOR_STATES = { running: ['运行中', 'success'], degraded: ['上次同步失败', 'warning'], stopped: ['已停止', 'danger'] }
export const connectorState = (s) => (CONNECTOR_STATES[s] || [s, 'info'])[0]
export const connectorStateType = (s) => (CONNECTOR_STATES[s] || [s, 'info'])[1]

const ROLES = { worker: '社区工作者', operator: '运维', 'id-full': '可查看完整证件号' }
export const role = (r) => ROLES[r] || r

const CHANNELS = {
  soap: 'SOAP 接口', webhook: 'Webhook 推送', table: '数据库表', folder: '文件目录', pull: '订阅拉取',
}
export const channel = (c) => CHANNELS[c] || c

const DELIVERY = { delivered: ['已送达', 'success'], pending: ['待送达', 'warning'], inFeed: ['已入订阅队列', 'info'] }
export const delivery = (s) => (DELIVERY[s] || [s, 'info'])[0]
export const deliveryType = (s) => (DELIVERY[s] || [s, 'info'])[1]

export const REPORT_KINDS = [
  { value: 'death', label: '死亡' },
  { value: 'moveOut', label: '迁出' },
  { value: 'marriage', label: '婚姻变更' },
  { value: 'employment', label: '就业变更' },
  { value: 'address', label: '住址变更' },
]
const OTHER_REPORT_KINDS = { birth: '新生儿出生', moveIn: '迁入登记' }
export const reportKind = (k) => (REPORT_KINDS.find((x) => x.value === k) || { label: OTHER_REPORT_KINDS[k] || k }).label

const RULES = {
  'field.present': '此项必填',
  required: '此项必填',
  'field.unknown': '不支持的字段',
  'kind.oneOf': '上报类型无效',
  'date.valid': '日期无效（格式 YYYY-MM-DD）',
  'date.notFuture': '日期不能晚于今天',
  'text.size': '内容过长',
  'marital.oneOf': '须为 未婚、已婚、离异 或 丧偶',
  'boolean.valid': '须为 是 或 否',
  'division.code': '须为 12 位行政区划代码',
  'residentId.valid': '居民编号无效',
  'resident.known': '找不到该居民',
  'name.valid': '姓名无效',
  'sex.valid': '性别无效',
  'id.checkCharacter': '身份证号校验位错误',
  'parent.present': '须填写母亲或父亲',
  'length(1..200)': '须为 1 到 200 个字符',
  'reason.required': '须填写原因（1 到 200 个字符）',
}
/** A rule's Chinese name, or null when there is none (then show its code). */
export const ruleName = (r) => RULES[r] || null
export function rule(r) {
  if (RULES[r]) return RULES[r]
  if (typeof r === 'string' && r.startsWith('oneOf')) return '不在可选范围内'
  return `不符合规则 ${r}`
}

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hour12: false,
})
/** An ISO instant as Beijing time, e.g. 2023-01-04 09:58. */
export function time(iso) {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = Object.fromEntries(TIME.formatToParts(d).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

export const dash = (v) => (v === null || v === undefined || v === '' ? '—' : v)
