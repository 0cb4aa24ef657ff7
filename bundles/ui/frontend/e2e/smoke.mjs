// Browser smoke test of the web UI: Debian's Chromium (scripts/chromium.sh), driven by playwright-core.
// Never downloads a browser.
//
//   CIVICHUB_UI_URL       where the UI's origin is (default http://127.0.0.1:5173; the app is at /ui/)
//   CIVICHUB_UI_USER      user (default demo)
//   CIVICHUB_UI_PASSWORD  password (default demo)
//   CIVICHUB_UI_QUERY     a pinyin search that finds someone (default wang)
//   CIVICHUB_UI_REPORT    1: also file one report (an employment change) and wait for its deliveries;
//                         this changes the resident, so it is off unless asked for
//   CIVICHUB_UI_OUTSIDER_USER, CIVICHUB_UI_OUTSIDER_PASSWORD
//                         a worker of another district: when given, they log in and must reach
//                         none of the residents seen, neither by the resident's URL nor by search
//   CIVICHUB_UI_CONFLICTS 1: the hub has residents on whom departments disagree; one is opened and
//                         its conflict must show both departments' values
//   CIVICHUB_UI_REVIEW    1: the hub has records in review; one is accepted as its best candidate
//                         (this changes the record, so it is off unless asked for)
//   CHROMIUM              the browser (default /usr/bin/chromium)
//
// Screenshots of every page go to the module's target/e2e/. Exits 1 naming the step that failed.
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const base = (process.env.CIVICHUB_UI_URL || 'http://127.0.0.1:5173').replace(/\/+$/, '').replace(/\/ui$/, '')
const user = process.env.CIVICHUB_UI_USER || 'demo'
const password = process.env.CIVICHUB_UI_PASSWORD || 'demo'
const query = process.env.CIVICHUB_UI_QUERY || 'wang'
const fileReport = process.env.CIVICHUB_UI_REPORT === '1'
const conflicts = process.env.CIVICHUB_UI_CONFLICTS === '1'
const review = process.env.CIVICHUB_UI_REVIEW === '1'
const outsider = process.env.CIVICHUB_UI_OUTSIDER_USER
const outsiderPassword = process.env.CIVICHUB_UI_OUTSIDER_PASSWORD || password
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium'
const shots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'e2e')
const TIMEOUT = 15000

let step = 'start'
const problems = []
const done = []

function fail(message) {
  throw new Error(message)
}

// Why a failed login may never reach the page: a 401 with a basic challenge makes the browser wait
// for credentials (headless) or show its own password dialog, instead of handing the 401 to the page.
async function challengeDiagnosis() {
  let challenge = null
  try {
    const r = await fetch(`${base}/api/v1/session`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user, password: `${password}-wrong` }),
    })
    challenge = r.headers.get('www-authenticate')
  } catch { /* the diagnosis stays open */ }
  return challenge
    ? `the page never got the answer to a wrong password: the hub answers a failed POST /api/v1/session 401 with `
      + `"WWW-Authenticate: ${challenge}", so the browser waits for basic credentials (a person sees the `
      + `browser's own password dialog). The hub should leave the challenge out for /session.`
    : 'the page did not show 用户名或密码错误 after a wrong password'
}

async function main() {
  if (!existsSync(executablePath)) {
    fail(`no browser at ${executablePath}: run scripts/chromium.sh (or set CHROMIUM)`)
  }
  mkdirSync(shots, { recursive: true })
  const profile = mkdtempSync(join(tmpdir(), 'civichub-ui-e2e-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  context.setDefaultTimeout(TIMEOUT)
  const page = context.pages()[0] || await context.newPage()
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  // Answers the test provokes on purpose: a wrong password and the ended session (401: every request
  // the resident's page makes while its session has ended, the household's too when it asks in
  // time), the report with a missing date (400). The browser logs them as errors; every other one counts.
  // A request is judged by when it was sent: its answer may come after the next login.
  let sessionEnded = false
  const sentWhileEnded = new WeakSet()
  page.on('request', (q) => { if (sessionEnded) sentWhileEnded.add(q) })
  const expected = (r) => (r.status() === 401 && (/\/api\/v1\/session/.test(r.url())
      || sentWhileEnded.has(r.request()) && /\/api\/v1\//.test(r.url())))
    || (outsider && r.status() === 404 && /\/api\/v1\/(residents\/|grid|ledgers)/.test(r.url()))
    || (r.status() === 400 && /\/api\/v1\/reports$/.test(r.url()))
  page.on('response', (r) => {
    if (r.status() >= 400 && !expected(r)) problems.push(`HTTP ${r.status()} for ${r.request().method()} ${r.url()}`)
  })
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`)
  })
  const shot = async (name) => {
    await page.waitForTimeout(300) // let transitions settle
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
    done.push(`${name}.png`)
  }
  const see = async (text) => page.getByText(text, { exact: false }).first().waitFor()
  // A component the app forgot to register stays an unknown <el-...> element (no warning in a build).
  const allRendered = async () => {
    const unknown = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')]
      .map((e) => e.tagName.toLowerCase()).filter((t) => t.startsWith('el-')))])
    if (unknown.length) fail(`components not registered: ${unknown.join(', ')}`)
  }

  try {
    step = 'open the UI: it asks for a login'
    await page.goto(`${base}/ui/`)
    await page.waitForURL(/\/ui\/login/)
    await see('社区工作者登录')
    await allRendered()
    await shot('01-login')

    step = 'a wrong password says so'
    await page.fill('#login-user', user)
    await page.fill('#login-password', `${password}-wrong`)
    await page.press('#login-password', 'Enter')
    await page.getByText('用户名或密码错误').first().waitFor({ timeout: 8000 }).catch(async () => {
      fail(await challengeDiagnosis())
    })
    await shot('02-login-error')

    step = 'log in'
    await page.fill('#login-password', password)
    await page.press('#login-password', 'Enter')
    await page.waitForURL(/\/ui\/residents/)
    await page.locator('[data-test=who]').getByText(user, { exact: true }).waitFor()

    step = 'nothing personal is kept in the browser storage'
    const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }))
    if (stored.includes(user) || /csrf|token|password/i.test(stored)) fail(`the storage holds ${stored}`)

    step = `search for "${query}" (Enter submits)`
    await page.fill('#search-q', query)
    await page.press('#search-q', 'Enter')
    await page.waitForURL(/[?&]q=/)
    await see('位居民')
    const rows = page.locator('.results .el-table__body tr.el-table__row')
    await rows.first().waitFor()
    const count = await rows.count()
    if (count < 1) fail(`no results for "${query}"`)
    const firstName = (await rows.first().locator('a.row-link').innerText()).trim()
    await allRendered()
    await shot('03-search')

    step = `open the first resident (${firstName})`
    await rows.first().click()
    await page.waitForURL(/\/ui\/residents\/[^/?]+$/)
    await page.locator('[data-test=fields]').waitFor()
    const residentPath = new URL(page.url()).pathname
    const id = (await page.locator('[data-test=id-number]').innerText()).trim()
    if (!id.includes('*')) fail(`the ID number "${id}" is not masked`)
    await see('来源部门')
    step = `the resident's household and history of changes show (${firstName})`
    await page.locator('[data-test=household] tbody tr').first().waitFor()
    await page.locator('[data-test=changes] tbody tr').first().waitFor()
    await allRendered()
    await shot('04-resident')

    step = 'a reload keeps the login (GET /session)'
    await page.reload()
    await page.locator('[data-test=id-number]').waitFor()
    if (!page.url().includes('/ui/residents/')) fail(`the reload went to ${page.url()}`)

    step = 'the report form shows the hub\'s field errors next to the fields'
    await page.click('[data-test=report]')
    await page.waitForURL(/\/report$/)
    await page.locator('[data-test=kind]').getByText('就业变更').click()
    await page.getByText('就业/失业日期').waitFor()
    await page.click('[data-test=submit-report]')
    await see('上报未通过校验')
    const dateError = page.locator('.el-form-item.is-error', { has: page.locator('#report-date') })
    await dateError.getByText('此项必填').waitFor()
    await allRendered()
    await shot('05-report-errors')

    step = 'the move-in form names a wrong ID number next to its field'
    await page.click('[data-test=nav-move-in]')
    await page.waitForURL(/\/ui\/reports\/move-in$/)
    await page.locator('#report-id').fill('35020319890329001')
    await page.locator('#report-name').fill('林小新')
    await page.click('[data-test=submit-report]')
    await see('上报未通过校验')
    await page.locator('.el-form-item.is-error', { has: page.locator('#report-id') }).waitFor()
    await allRendered()
    await shot('05b-move-in-errors')
    await page.goBack()
    await page.waitForURL(/\/report$/)
    await page.locator('[data-test=kind]').getByText('就业变更').click()
    await page.getByText('就业/失业日期').waitFor()

    if (fileReport) {
      step = 'file an employment report and watch its deliveries'
      const day = new Date(Date.now() - 2 * 86400000).toISOString().slice(0, 10)
      await page.fill('#report-employer', '厦门港务（界面测试）')
      await page.fill('#report-date', day)
      await page.press('#report-date', 'Enter')
      await page.click('[data-test=submit-report]')
      await page.locator('[data-test=report-done]').waitFor()
      const deliveries = page.locator('[data-test=deliveries] .el-table__body tr.el-table__row')
      await deliveries.first().waitFor({ timeout: 30000 })
      // Give pushed departments the page's 30 s of polling to confirm delivery; one may stay pending.
      await page.waitForFunction(() => {
        const t = document.querySelector('[data-test=deliveries]')?.innerText || ''
        return t.includes('已送达') && !t.includes('待送达')
      }, null, { timeout: 30000 }).catch(() => {})
      const table = (await page.locator('[data-test=deliveries]').innerText()).replace(/\s+/g, ' ')
      console.log(`deliveries: ${table}`)
      await allRendered()
      await shot('06-report-deliveries')
    }

    step = 'the conflicts page shows its counts (and the list, empty or not)'
    await page.click('[data-test=nav-conflicts]')
    await page.waitForURL(/\/ui\/conflicts/)
    await page.locator('[data-test=conflict-counts]').waitFor()
    await page.locator('[data-test=conflict-list]').waitFor()
    await allRendered()
    await shot('06a-conflicts')

    if (conflicts) {
      step = 'a resident from the conflicts list shows the conflict with each department\'s value and source'
      await page.locator('[data-test=conflict-list] tbody tr a.row-link').first().click()
      await page.waitForURL(/\/ui\/residents\/[^/]+$/)
      const conflict = page.locator('[data-test=conflicts] .conflict').first()
      await conflict.waitFor()
      const rows = await conflict.locator('tbody tr').allInnerTexts()
      const departments = new Set(rows.map((r) => r.split(/\s+/)[0]))
      if (rows.length < 2 || departments.size < 2) fail(`the conflict shows ${rows.length} value(s) from ${[...departments]}`)
      await allRendered()
      await shot('06d-resident-conflict')
    }

    if (review) {
      step = 'an operator accepts a record in review as its best candidate, with a reason'
      await page.click('[data-test=nav-review]')
      await page.waitForURL(/\/ui\/review/)
      await page.locator('[data-test=review-item]').first().click()
      await page.locator('[data-test=review-record-name]').waitFor()
      await page.locator('[data-test=candidate] [data-test=accept]').first().waitFor()
      await allRendered()
      await shot('06e-review')
      await page.locator('[data-test=candidate] [data-test=accept]').first().click()
      await page.locator('textarea[data-test=reason], [data-test=reason] textarea').first().fill('姓名、出生日期与地址一致，同一人')
      await page.click('[data-test=reason-confirm]')
      await page.locator('[data-test=review-done]').waitFor()
      await shot('06f-review-accepted')
    }

    step = 'the grid walks down, level by level, to the residents of one room'
    await page.click('[data-test=nav-grid]')
    await page.waitForURL(/\/ui\/grid/)
    await page.locator('[data-test=grid-node]').waitFor()
    const gridDivision = (await page.locator('[data-test=grid-node]').getAttribute('data-division')) || ''
    await allRendered()
    await shot('07a-grid')
    for (let depth = 0; depth < 8 && await page.locator('[data-test=grid-people]').count() === 0; depth++) {
      const child = page.locator('[data-test=grid-child]:not([data-residents="0"])').first()
      await child.waitFor()
      const label = (await child.innerText()).trim()
      const before = page.url()
      await child.click()
      await page.waitForURL((u) => u.toString() !== before)
      await page.locator('[data-test=grid-node]').getByText(label, { exact: false }).first().waitFor()
      if (depth === 2) await shot('07b-grid-community')
    }
    await page.locator('[data-test=grid-person]').first().waitFor()
    const gridRoom = Object.fromEntries(new URL(page.url()).searchParams)
    const crumbs = (await page.locator('[data-test=grid-path]').innerText()).replace(/\s+/g, ' ')
    console.log(`e2e: grid room ${crumbs} with ${await page.locator('[data-test=grid-person]').count()} resident(s)`)
    await allRendered()
    await shot('07c-grid-room')

    step = 'a search by a tag alone, narrowed to the grid walked, lists the floating population there'
    await page.goto(`${base}/ui/residents?tag=floating&page=1`)
    await page.locator('.results tbody tr').first().waitFor()
    const allFloating = await page.locator('h2', { hasText: '共找到' }).innerText()
    if (gridRoom.grid) {
      await page.goto(`${base}/ui/residents?community=${gridRoom.grid.slice(0, 12)}&grid=${encodeURIComponent(gridRoom.grid)}&tag=floating&page=1`)
      await page.locator('h2', { hasText: '共找到' }).waitFor()
      console.log(`e2e: floating population ${allFloating}, in ${gridRoom.grid}: ${await page.locator('h2', { hasText: '共找到' }).innerText()}`)
    }
    await allRendered()
    await shot('03b-search-filters')

    step = 'the floating population ledger shows on screen and downloads as .xlsx'
    await page.click('[data-test=nav-ledgers]')
    await page.waitForURL(/\/ui\/ledgers/)
    await page.goto(`${base}/ui/ledgers?kind=floating`)
    await page.locator('[data-test=ledger]').waitFor()
    await page.locator('[data-test=ledger-rows] tbody tr').first().waitFor()
    await allRendered()
    await shot('08-ledger')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=ledger-export]')])
    if (!/\.xlsx$/.test(download.suggestedFilename())) fail(`the export is named ${download.suggestedFilename()}`)
    await download.saveAs(join(shots, 'ledger.xlsx'))

    if (await page.locator('[data-test=nav-connectors]').count() === 0) {
      console.log(`e2e: ${user} has no role operator, so the connectors and audit pages are left out`)
    } else {
      step = 'the connectors page lists police-default'
      await page.click('[data-test=nav-connectors]')
      await page.waitForURL(/\/ui\/operations\/connectors$/)
      await page.locator('[data-test=connectors]').getByText('police-default', { exact: true }).waitFor()
      await allRendered()
      await shot('06b-connectors')

      step = 'the audit page verifies the audit chain: intact'
      await page.click('[data-test=nav-audit]')
      await page.waitForURL(/\/ui\/operations\/audit$/)
      await page.click('[data-test=audit-verify]')
      const audit = page.locator('[data-test=audit-result]')
      await audit.waitFor({ timeout: 60000 })
      if (await audit.getAttribute('data-intact') !== 'true') {
        fail(`the audit chain is not intact: ${(await audit.innerText()).replace(/\s+/g, ' ')}`)
      }
      await allRendered()
      await shot('06c-audit')
    }

    step = 'an ended session returns to the login with a message'
    await page.goto(`${base}/ui/residents?q=${encodeURIComponent(query)}&page=1`)
    await rows.first().waitFor()
    const cookies = await context.cookies(base)
    const cookie = cookies.find((c) => c.name === 'civichub_session')
    if (!cookie) fail('no civichub_session cookie')
    if (!cookie.httpOnly) fail('the session cookie is readable by scripts')
    await context.addCookies([{ ...cookie, value: 'ended-session' }])
    sessionEnded = true
    await rows.first().click() // the resident's page asks the hub, which says the session ended
    await page.waitForURL(/\/ui\/login/)
    await see('会话已结束，请重新登录')
    await shot('07-session-ended')

    step = 'log in again and log out'
    await page.fill('#login-user', user)
    await page.fill('#login-password', password)
    await page.press('#login-password', 'Enter')
    await page.waitForURL(/\/ui\/residents/)
    sessionEnded = false
    await page.click('[data-test=logout]')
    await page.waitForURL(/\/ui\/login/)
    await see('社区工作者登录')
    const after = await context.cookies(base)
    if (after.some((c) => c.name === 'civichub_session' && c.value)) fail('the cookie outlived the logout')

    if (outsider) {
      step = 'a worker of another district reaches none of these residents, by URL or by search'
      await page.fill('#login-user', outsider)
      await page.fill('#login-password', outsiderPassword)
      await page.press('#login-password', 'Enter')
      await page.waitForURL(/\/ui\/residents/)
      await page.goto(`${base}${residentPath}`)
      await see('未找到该居民，或该居民不在您的辖区内')
      if ((await page.content()).includes(id)) fail('the outsider sees the resident\'s ID number')
      await shot('08-outside-scope')
      await page.goto(`${base}/ui/residents?q=${encodeURIComponent(query)}&page=1`)
      await see('没有符合条件的居民')
      step = 'nor by the grid or a ledger of the district seen, by their URLs'
      await page.goto(`${base}/ui/grid?division=${gridDivision}`)
      await page.locator('[data-test=grid-error]').waitFor()
      await page.goto(`${base}/ui/grid?${new URLSearchParams(gridRoom)}`)
      await page.locator('[data-test=grid-error]').waitFor()
      if (await page.locator('[data-test=grid-person]').count()) fail('the outsider sees the residents of a room')
      await page.goto(`${base}/ui/ledgers?kind=floating&community=${gridDivision}`)
      await see('未找到')
      if (await page.locator('[data-test=ledger-rows] tbody tr').count()) fail('the outsider sees a ledger of the district')
      await shot('08b-outside-grid-ledger')
      await page.click('[data-test=logout]')
      await page.waitForURL(/\/ui\/login/)
    }

    step = 'no script errors'
    if (problems.length) fail(problems.join('\n'))
  } catch (e) {
    await page.screenshot({ path: join(shots, 'failure.png'), fullPage: true }).catch(() => {})
    throw e
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

main().then(() => {
  console.log(`e2e: passed against ${base}/ui/ — screenshots in ${shots}: ${done.join(', ')}`)
}, (e) => {
  console.error(`e2e: FAILED at step "${step}": ${e.message.split('\n')[0]}`)
  if (e.message.includes('\n')) console.error(e.message)
  console.error(`(screenshot of the page: ${join(shots, 'failure.png')})`)
  process.exit(1)
})
