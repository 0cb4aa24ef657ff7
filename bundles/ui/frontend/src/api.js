// The one way the pages talk to the hub: same-origin fetch to /api/v1 with the session cookie,
// the CSRF token on every change, problem+json errors as ApiError, and a 401 `session-ended`
// (or any 401 while logged in) ending the session in the page.
import { reactive } from 'vue'

const BASE = '/api/v1'

/** Who is logged in; in memory only (never in localStorage or sessionStorage). */
export const session = reactive({
  user: null,
  roles: [],
  scope: [],
  csrfToken: null,
  idleTimeoutSeconds: null,
  notice: null, // a message for the login page, e.g. after the session ended
})

let sessionEndedHandler = () => {}

/** What to do when the hub says the session ended (the router sends the page to the login). */
export function onSessionEnded(handler) {
  sessionEndedHandler = handler
}

/** An error answer of the hub, from its application/problem+json body when there is one. */
export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.status = status
    this.type = problem.type || ''
    this.title = problem.title || ''
    this.detail = problem.detail || ''
    this.errors = Array.isArray(problem.errors) ? problem.errors : []
    this.retryAfter = retryAfter
  }

  /** The kind of problem, the last part of its type, e.g. `session-ended`. */
  get kind() {
    return this.type.split(':').pop()
  }
}

function remember(view) {
  session.user = view.user
  session.roles = view.roles || []
  session.scope = view.scope || []
  session.csrfToken = view.csrfToken || null
  session.idleTimeoutSeconds = view.idleTimeoutSeconds ?? null
}

function forget(notice = null) {
  session.user = null
  session.roles = []
  session.scope = []
  session.csrfToken = null
  session.idleTimeoutSeconds = null
  session.notice = notice
}

/**
 * Calls the API: `path` below /api/v1, `query` an object of parameters (empty ones left out),
 * `body` sent as JSON. Answers the parsed JSON (null for 204); throws ApiError otherwise.
 */
export async function api(method, path, { query, body } = {}) {
  const url = new URL(BASE + path, window.location.origin)
  for (const [k, v] of Object.entries(query || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.append(k, v)
  }
  // X-Requested-With: a 401 then carries no basic challenge, so the browser never shows its own
  // password dialog; the page's login does.
  const headers = { Accept: 'application/json', 'X-Requested-With': 'civichub-ui' }
  const changing = method !== 'GET' && method !== 'HEAD'
  if (changing) {
    headers['Content-Type'] = 'application/json'
    if (session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken
  }
  let response
  try {
    response = await fetch(url.pathname + url.search, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch (e) {
    throw new ApiError(0, { title: 'network', detail: '无法连接服务器，请检查网络' })
  }
  if (response.status === 204) return null
  const text = await response.text()
  let data = null
  try { data = text ? JSON.parse(text) : null } catch { data = null }
  if (response.ok) return data
  const problem = data && typeof data === 'object' ? data : { detail: text }
  const retry = Number.parseInt(response.headers.get('Retry-After') || '', 10)
  const error = new ApiError(response.status, problem, Number.isFinite(retry) ? retry : null)
  const isLogin = path === '/session' && method === 'POST'
  if (response.status === 401 && !isLogin && (session.user || error.kind === 'session-ended')) {
    forget('会话已结束，请重新登录')
    sessionEndedHandler()
  }
  throw error
}

/** The address of an API path with its query, for a link the browser follows itself (a download). */
export function apiUrl(path, query = {}) {
  const url = new URL(BASE + path, window.location.origin)
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.append(k, v)
  }
  return url.pathname + url.search
}

/** Logs in; throws ApiError (401 wrong user or password, 429 with retryAfter, 503 busy). */
export async function login(user, password) {
  remember(await api('POST', '/session', { body: { user, password } }))
}

/**
 * After a page load: asks the hub who is logged in (and the CSRF token again). Answers whether
 * a session holds.
 */
export async function restoreSession() {
  if (session.user) return true
  try {
    const view = await api('GET', '/session')
    if (!view.csrfToken) return false // basic credentials, not a browser session
    remember(view)
    return true
  } catch (e) {
    if (e.status === 401) forget(session.notice)
    return false
  }
}

/** Logs out; the page forgets the session even if the hub cannot be reached. */
export async function logout() {
  try {
    await api('DELETE', '/session')
  } finally {
    forget()
  }
}
