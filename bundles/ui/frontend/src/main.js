import { createApp } from 'vue'
import {
  ElAlert, ElBreadcrumb, ElButton, ElCard, ElCollapse, ElConfigProvider, ElDatePicker, ElDescriptions, ElDialog,
  ElForm, ElInput, ElLoading, ElPagination, ElRadio, ElSelect, ElStatistic, ElTable, ElTag,
} from 'element-plus'
import 'element-plus/dist/index.css'
import App from './App.vue'
import router from './router.js'
import './style.css'

const app = createApp(App)
// Only the components the pages use, so the bundle leaves the rest out. Installing a parent
// registers its parts too: ElForm the form item, ElRadio the group and buttons, ElSelect the
// option, ElTable the column, ElCollapse and ElDescriptions their items.
for (const plugin of [ElAlert, ElBreadcrumb, ElButton, ElCard, ElCollapse, ElConfigProvider, ElDatePicker, ElDescriptions,
  ElDialog, ElForm, ElInput, ElLoading, ElPagination, ElRadio, ElSelect, ElStatistic, ElTable, ElTag]) {
  app.use(plugin)
}
app.use(router)
app.mount('#app')
