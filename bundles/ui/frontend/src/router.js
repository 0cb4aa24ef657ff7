import { createRouter, createWebHistory } from 'vue-router'
import { onSessionEnded, restoreSession, session } from './api.js'
import LoginPage from './pages/LoginPage.vue'
import SearchPage from './pages/SearchPage.vue'
import ResidentPage from './pages/ResidentPage.vue'
import ReportPage from './pages/ReportPage.vue'
import ConflictsPage from './pages/ConflictsPage.vue'
import ReviewPage from './pages/ReviewPage.vue'
import ConnectorsPage from './pages/ConnectorsPage.vue'
import QuarantinePage from './pages/QuarantinePage.vue'
import AuditPage from './pages/AuditPage.vue'
import GridPage from './pages/GridPage.vue'
import LedgerPage from './pages/LedgerPage.vue'

// History mode under /ui/: the hub answers index.html for any path below /ui/ that names no file.
const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', redirect: { name: 'search' } },
    { path: '/login', name: 'login', component: LoginPage, meta: { title: '登录' } },
    { path: '/residents', name: 'search', component: SearchPage, meta: { auth: true, title: '居民查询' } },
    { path: '/residents/:id', name: 'resident', component: ResidentPage, meta: { auth: true, title: '居民详情' } },
    { path: '/reports/move-in', name: 'moveIn', component: ReportPage, meta: { auth: true, role: 'worker', title: '迁入登记' } },
    { path: '/residents/:id/report', name: 'report', component: ReportPage, meta: { auth: true, title: '上报变更' } },
    // `role`: the page is for users with that role only (the nav in App.vue shows it to them only).
    { path: '/grid', name: 'grid', component: GridPage, meta: { auth: true, role: 'worker', title: '网格' } },
    { path: '/ledgers', name: 'ledgers', component: LedgerPage, meta: { auth: true, role: 'worker', title: '电子台账' } },
    {
      path: '/conflicts', name: 'conflicts', component: ConflictsPage,
      meta: { auth: true, role: 'worker', title: '数据冲突' },
    },
    { path: '/review', name: 'review', component: ReviewPage, meta: { auth: true, role: 'operator', title: '待审核' } },
    { path: '/operations', redirect: { name: 'connectors' } },
    {
      path: '/operations/connectors', name: 'connectors', component: ConnectorsPage,
      meta: { auth: true, role: 'operator', title: '接入状态' },
    },
    {
      path: '/operations/quarantine', name: 'quarantine', component: QuarantinePage,
      meta: { auth: true, role: 'operator', title: '隔离区' },
    },
    {
      path: '/operations/audit', name: 'audit', component: AuditPage,
      meta: { auth: true, role: 'operator', title: '审计校验' },
    },
    { path: '/:rest(.*)*', redirect: { name: 'search' } },
  ],
})

let restored = false
router.beforeEach(async (to) => {
  if (!restored) {
    restored = true
    await restoreSession()
  }
  if (to.meta.auth && !session.user) {
    return { name: 'login', query: to.fullPath === '/residents' ? {} : { redirect: to.fullPath } }
  }
  if (to.name === 'login' && session.user) return { name: 'search' }
  if (to.meta.role && !session.roles.includes(to.meta.role)) return { name: 'search' }
  return true
})

router.afterEach((to) => {
  document.title = `${to.meta.title ? to.meta.title + ' - ' : ''}CivicHub 居民信息工作台`
})

onSessionEnded(() => {
  const current = router.currentRoute.value
  if (current.meta.auth) {
    router.push({ name: 'login', query: { redirect: current.fullPath } })
  }
})

export default router
