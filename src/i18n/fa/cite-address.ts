/** Persian: what "Cite this page" says when the site was built without its address (site.yaml `url`, SITE_URL). */
export default {
  'cite.addressMissing': 'نشانی پیکربندی نشده است: این نسخه از سایت نشانی خود را نمی‌داند، پس ارجاع‌ها فقط مسیر صفحه در سایت را می‌دهند: {path}. نشانی‌ای را که صفحه را در آن خواندید پیش از آن بیفزایید.',
} as const satisfies Record<string, string>;
