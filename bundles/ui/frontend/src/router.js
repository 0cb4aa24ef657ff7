import { createRouter, createWebHistory } from 'vue-router'
import { onSessionEnded, restoreSession, session } from './api.js'
import LoginPage from './pages/LoginPage.vue'
import SearchPage from './pages/SearchPage.vue'
import ResidentPage from './pages/ResidentPage.vue'
import ReportPage from './pages/ReportPage.vue'

// History mode under /ui/: the hub answers index.html for any path below /ui/ that names no file.
const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', redirect: { name: 'search' } },
    { path: '/login', name: 'login', component: LoginPage, meta: { title: '登录' } },
    { path: '/residents', name: 'search', component: SearchPage, meta: { auth: true, title: '居民查询' } },
    { path: '/residents/:id', name: 'resident', component: ResidentPage, meta: { auth: true, title: '居民详情' } },
    { path: '/residents/:id/report', name: 'report', component: ReportPage, meta: { auth: true, title: '上报变更' } },
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
