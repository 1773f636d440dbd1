// The baseline: what a web team would write by hand. Fetch the feed, build the same markup <press-feed>
// renders (list layout, absolute dates), set it with innerHTML. No sanitizing, no escaping, no
// components: the physical limit the widget is measured against.
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

export function markup(items) {
  return `<ul class="list" role="list" aria-label="Releases">${items
    .map(
      (item, index) => `<li class="item"><div class="body">
  <h3 id="r${index}" class="title"><a href="${item.url}" lang="${item.language}">${item.title}</a></h3>
  <p class="meta"><time datetime="${item.date_published}">${dateFormat.format(new Date(item.date_published))}</time>
  <span class="category">${item._press?.category ?? ''}</span><span class="category">${item._press?.source ?? ''}</span></p>
  <ul class="tags" role="list" aria-label="Topics">${item.tags.map((tag) => `<li class="tag">${tag}</li>`).join('')}</ul>
</div></li>`,
    )
    .join('')}</ul>`;
}

export async function show(root, src, limit) {
  const feed = await (await fetch(src)).json();
  root.innerHTML = markup(feed.items.slice(0, limit));
}
