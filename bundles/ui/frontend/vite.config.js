import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The hub serves the built files under /ui/ on the same origin as its API (/api/v1).
// In development (`npm run dev`, `npm run preview`) the API is proxied to a running hub.
const hub = process.env.CIVICHUB_API_URL || 'http://127.0.0.1:8181'
const proxy = { '/api': { target: hub } }

// The content security policy the hub sends with its pages (WebContentResource), so that
// `npm run preview` shows what the hub would block.
const csp = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
  + "font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"

export default defineConfig({
  base: '/ui/',
  plugins: [vue()],
  build: {
    outDir: '../target/ui-dist/ui',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true, proxy, headers: { 'Content-Security-Policy': csp } },
})
