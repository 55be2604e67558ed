/** English: what "Cite this page" says when the site was built without its address (site.yaml `url`, SITE_URL). */
export default {
  'cite.addressMissing': 'Address not configured: this copy of the site does not know its own address, so the citations give only the page\'s path on the site, {path}. Put the address you read it at in front of it.',
} as const satisfies Record<string, string>;
