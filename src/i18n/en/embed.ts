/** English: embeds of the timeline and the map (src/routes/embed/, layouts/Embed) and the pages' "Embed this" and download tools (components/ChartShare). */
export default {
  // The frame's accessible name in the snippet another site pastes: the chart, then the site.
  'embed.frameTitle': '{chart} · {site}',
  'embed.timeline.attribution': 'The full timeline on {site}',
  'embed.map.attribution': 'The full map on {site}',
  'embed.share.timeline': 'Embed this timeline',
  'embed.share.map': 'Embed this map',
  'embed.share.intro': 'Paste this code into a page of your own site to show the chart with the selection you see now; the code follows the selection as you change it. The script line is optional: it makes the frame as tall as its content.',
  'embed.share.code': 'HTML code',
  'embed.share.copy': 'Copy the code',
  'embed.share.copied': 'The code is copied.',
  'embed.share.copyFailed': 'Copying did not work: select the code and copy it yourself.',
  'embed.download.label': 'Download the chart',
  'embed.download.svg': 'Download as SVG',
  'embed.download.png': 'Download as PNG',
  'embed.download.failed': 'The image could not be made.',
} as const satisfies Record<string, string>;
